//! Saved drafts: continue or delete.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::flow::{self, Screen};
use crate::icons::{self};
use crate::ipc::invoke;
use crate::model::Form;
use crate::session::*;
use crate::widgets::*;
use reach_contract::command::{self as cmd, DraftIdArgs, NoArgs};

#[component]
pub(crate) fn DraftsScreen() -> impl IntoView {
    let ctx = ctx();
    let ids = RwSignal::new(Vec::<String>::new());
    let load = move || {
        let session = ctx.session.get_value();
        spawn_local(async move {
            if let Ok(list) = invoke::<cmd::Drafts>(&NoArgs {}).await
                && same_session(ctx, session)
            {
                ids.set(list);
            }
        });
    };
    load();
    let rows = move || {
        ids.get()
            .into_iter()
            .enumerate()
            .map(|(n, id)| {
                let current = ctx.draft_id.get_untracked().as_deref() == Some(id.as_str());
                let (id1, id2) = (id.clone(), id.clone());
                view! {
                    <li class="draft">
                        <p>{n + 1} {current.then(icons::pencil)}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            let id = id1.clone();
                            save_now(ctx);
                            let session = ctx.session.get_value();
                            spawn_local(async move {
                                load_draft(ctx, id, session, Resume::Chosen).await;
                                if same_session(ctx, session) { go(ctx, flow::NUMBERED[0]); }
                            });
                        }>{move || tx("drafts-continue")}</button>
                        <button type="button" class="secondary" on:click=move |_| {
                            let id = id2.clone();
                            if ctx.draft_id.get_untracked().as_deref() == Some(id.as_str()) {
                                ctx.draft_id.set(None);
                                ctx.form.set(Form { language: Some(lang().get_untracked()), ..Form::default() });
                            }
                            spawn_local(async move {
                                let _ = invoke::<cmd::DraftDelete>(&DraftIdArgs { draft_id: id }).await;
                                load();
                            });
                        }>{move || tx("drafts-delete")}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Heading id="drafts-title"/>
        {move || ids.with(Vec::is_empty).then(|| view! { <p>{move || tx("drafts-none")}</p> })}
        <ul class="drafts">{rows}</ul>
        <div class="actions">
            <button type="button" class="secondary" on:click=move |_| go(ctx, Screen::Status)>{move || tx("back")}</button>
        </div>
    }
}
