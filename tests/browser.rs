//! In-browser tests (headless Chromium via wasm-bindgen-test-runner and
//! chromedriver). Native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element with a loading state inside, like index.html's.
/// A test that failed left its root behind (a wasm panic aborts, so no
/// cleanup runs); it goes first, or its ids would answer for this one's.
fn fresh_root() -> Element {
    let left = document().query_selector_all(".wq-test-root").unwrap();
    for i in 0..left.length() {
        left.item(i).unwrap().dyn_into::<Element>().unwrap().remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_attribute("class", "wq-test-root").unwrap();
    root.set_attribute("aria-busy", "true").unwrap();
    root.set_inner_html("<p>正在加载…</p>");
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Let Yew's scheduler run (renders and effects are deferred).
async fn settle() {
    for _ in 0..3 {
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
}

/// Waits until `ready()` holds, for up to 5 s: a busy machine can take
/// longer than `settle()` to render, and a fixed wait then fails a correct
/// build. Panics with `what` if it never holds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..250 {
        if ready() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(20).await;
    }
    panic!("waited 5 s for {what}");
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).map(|s| s.trim().to_string()).unwrap_or_default()
}

/// The first element matching `selector` whose text contains `text`.
fn with_text(root: &Element, selector: &str, text: &str) -> Option<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .find(|el| el.text_content().unwrap_or_default().contains(text))
}

/// Clicks the first element matching `selector` whose text contains `text`,
/// once it is on the page.
async fn click(root: &Element, selector: &str, text: &str) {
    let what = format!("{selector} with text {text:?}");
    until(&what, || with_text(root, selector, text).is_some()).await;
    with_text(root, selector, text).unwrap().click();
    settle().await;
}

/// Whether the input `#id` is on the page and checked.
fn checked(root: &Element, id: &str) -> bool {
    root.query_selector(&format!("#{id}")).unwrap().is_some_and(|e| e.dyn_into::<HtmlInputElement>().unwrap().checked())
}

fn heading_has_focus(root: &Element) -> bool {
    let h2 = root.query_selector("main h2").unwrap();
    h2.is_some() && document().active_element().is_some_and(|a| a.is_same_node(h2.as_ref().map(|h| h.as_ref())))
}

#[wasm_bindgen_test]
async fn start_then_the_first_question_has_focus_and_a_title() {
    let root = fresh_root();
    let handle = weiquan::mount(root.clone());
    until("the start screen", || text_of(&root, "main h1") == "维权导办").await;
    assert!(!root.inner_html().contains("正在加载"), "loading state replaced");
    assert!(!root.has_attribute("aria-busy"));

    click(&root, "main button", "开始").await;
    until("the first question", || text_of(&root, "main h2") == "您是为自己反映问题，还是替别人反映？").await;
    until("the question heading to have focus", || heading_has_focus(&root)).await;
    until("the question in the title", || document().title().starts_with("您是为自己反映问题")).await;
    until("step 1 announced", || text_of(&root, "[aria-live]").contains("第1步")).await;

    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn back_review_and_language_switch_keep_every_answer() {
    let root = fresh_root();
    let handle = weiquan::mount(root.clone());
    settle().await;
    click(&root, "main button", "开始").await;
    click(&root, "main label", "为我自己").await;
    click(&root, "main button", "下一步").await;
    click(&root, "main label", "工作中受伤").await;
    click(&root, "main label", "被辞退").await;
    click(&root, "main button", "上一步").await;
    until("back to keep the earlier answer", || checked(&root, "wq-reporter-worker")).await;
    click(&root, "main button", "下一步").await;
    until("next to keep the later ones", || checked(&root, "wq-problem-work_injury") && checked(&root, "wq-problem-dismissed")).await;

    click(&root, "header button", "English").await;
    until("the question in English", || text_of(&root, "main h2") == "What happened to you? (choose all that apply)").await;
    assert!(checked(&root, "wq-problem-work_injury"), "the switch keeps answers");
    click(&root, "header button", "中文").await;

    // Answer the rest with the first option, to the review; "left" for the
    // job (a dismissal has ended it: "still working" is questioned).
    for _ in 0..20 {
        if text_of(&root, "main h2") == "请核对您的回答" {
            break;
        }
        let pick = if text_of(&root, "main h2") == "您现在还在这个单位工作吗？" {
            "main fieldset input#wq-employment-left"
        } else {
            "main fieldset input"
        };
        if let Some(first) = root.query_selector(pick).unwrap() {
            let first: HtmlInputElement = first.dyn_into().unwrap();
            if first.type_() == "radio" && root.query_selector("main fieldset input:checked").unwrap().is_none() {
                first.click();
                settle().await;
            }
        }
        let before = text_of(&root, "main h2");
        click(&root, "main button", "下一步").await;
        // The next screen, or this one with its error: never a stale one.
        until("the next screen", || text_of(&root, "main h2") != before || root.query_selector(".wq-error-summary").unwrap().is_some()).await;
    }
    assert_eq!(text_of(&root, "main h2"), "请核对您的回答");
    let review = root.query_selector("main").unwrap().unwrap().text_content().unwrap();
    assert!(review.contains("工作中受伤或得了职业病") && review.contains("被辞退"), "{review}");

    // Change the problems from the review: drop the injury; nothing new to ask.
    let edit: HtmlElement = root
        .query_selector(r#"main button[aria-label="修改：您遇到了什么问题？（可以选多项）"]"#)
        .unwrap()
        .expect("change button")
        .dyn_into()
        .unwrap();
    edit.click();
    until("the problems question", || text_of(&root, "main h2") == "您遇到了什么问题？（可以选多项）").await;
    until("its heading to have focus", || heading_has_focus(&root)).await;
    click(&root, "main label", "工作中受伤").await;
    click(&root, "main button", "下一步").await;
    until("back to the review", || text_of(&root, "main h2") == "请核对您的回答").await;
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn next_without_an_answer_names_the_error_and_keeps_the_screen() {
    let root = fresh_root();
    let handle = weiquan::mount(root.clone());
    click(&root, "main button", "开始").await;
    click(&root, "main button", "下一步").await;
    until("the error summary", || text_of(&root, ".wq-error-summary").contains("请选一个答案")).await;
    assert_eq!(text_of(&root, "main h2"), "您是为自己反映问题，还是替别人反映？");
    // Focus (and the view) on the errors: on a phone they are far above Next.
    until("focus on the error summary", || document().active_element().is_some_and(|a| a.class_name() == "wq-error-summary")).await;
    click(&root, "main label", "替别人反映或举报").await;
    until("the error to go", || root.query_selector(".wq-error-summary").unwrap().is_none()).await;
    handle.destroy();
    root.remove();
}

/// The browser's `beforeprint` reaches the app (`platform::before_print`:
/// each paper's QR code goes on the page before the print layout), and not
/// after the undo: the summary, opened and left for days on a kiosk, leaves
/// no listener behind.
#[wasm_bindgen_test]
fn before_print_reaches_the_app_until_undone() {
    use std::{cell::RefCell, rc::Rc};
    let seen = Rc::new(RefCell::new(Vec::new()));
    let window = web_sys::window().unwrap();
    let fire = |name: &str| {
        window.dispatch_event(&web_sys::Event::new(name).unwrap()).unwrap();
    };
    let listen = |who: &'static str| {
        let seen = seen.clone();
        weiquan::platform::before_print(yew::Callback::from(move |()| seen.borrow_mut().push(who)))
    };
    let first = listen("first");
    fire("beforeprint");
    fire("afterprint");
    first();
    let second = listen("second");
    fire("beforeprint");
    second();
    fire("beforeprint");
    assert_eq!(*seen.borrow(), vec!["first", "second"]);
}
