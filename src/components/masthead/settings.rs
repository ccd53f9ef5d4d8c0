//! Reading settings: text size, font, theme, line width and spacing, in a popover opened from
//! the masthead. Native controls (buttons and radio groups in fieldsets) give keyboard use and
//! names for free.

use yew::prelude::*;

use crate::model::{Font, ReadingSettings, Spacing, Theme, Width};

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub settings: ReadingSettings,
    pub on_change: Callback<ReadingSettings>,
}

#[function_component]
pub fn ReadingSettingsPanel(props: &SettingsProps) -> Html {
    let settings = props.settings;
    let change = |update: fn(&mut ReadingSettings, usize), index: usize| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: Event| {
            let mut next = settings;
            update(&mut next, index);
            on_change.emit(next);
        })
    };
    let size = |step: i8| {
        let on_change = props.on_change.clone();
        let target = (settings.text_size + step).clamp(
            *ReadingSettings::TEXT_SIZES.start(),
            *ReadingSettings::TEXT_SIZES.end(),
        );
        Callback::from(move |_: MouseEvent| {
            on_change.emit(ReadingSettings {
                text_size: target,
                ..settings
            })
        })
    };
    let group = |legend: &'static str,
                 name: &'static str,
                 labels: Vec<&'static str>,
                 chosen: usize,
                 update: fn(&mut ReadingSettings, usize)| {
        html! {
            <fieldset class="setting">
                <legend>{ legend }</legend>
                <div class="choices">
                    { for labels.into_iter().enumerate().map(|(index, label)| {
                        let id = format!("lede-{name}-{index}");
                        html! {
                            <span class="choice">
                                <input type="radio" id={id.clone()} name={name} checked={index == chosen}
                                    onchange={change(update, index)} />
                                <label for={id}>{ label }</label>
                            </span>
                        }
                    }) }
                </div>
            </fieldset>
        }
    };
    let percent = text_percent(settings.text_size);
    html! {
        <>
            <button type="button" class="masthead-button settings-button" popovertarget="lede-settings"
                aria-controls="lede-settings">
                <span aria-hidden="true" class="icon">{ "Aa" }</span><span class="label">{ "Reading settings" }</span>
            </button>
            <div id="lede-settings" class="settings-panel" popover="auto" role="group" aria-label="Reading settings" part="settings">
                <fieldset class="setting">
                    <legend>{ "Text size" }</legend>
                    <div class="choices">
                        <button type="button" class="step" aria-label="Smaller text" onclick={size(-1)}
                            disabled={settings.text_size == *ReadingSettings::TEXT_SIZES.start()}>{ "A−" }</button>
                        <output aria-live="polite">{ format!("{percent}%") }</output>
                        <button type="button" class="step" aria-label="Larger text" onclick={size(1)}
                            disabled={settings.text_size == *ReadingSettings::TEXT_SIZES.end()}>{ "A+" }</button>
                    </div>
                </fieldset>
                { group("Font", "font", Font::ALL.iter().map(|f| f.label()).collect(),
                    Font::ALL.iter().position(|f| *f == settings.font).unwrap_or(0), |s, i| s.font = Font::ALL[i]) }
                { group("Theme", "theme", Theme::ALL.iter().map(|t| t.label()).collect(),
                    Theme::ALL.iter().position(|t| *t == settings.theme).unwrap_or(0), |s, i| s.theme = Theme::ALL[i]) }
                { group("Line width", "width", Width::ALL.iter().map(|w| w.label()).collect(),
                    Width::ALL.iter().position(|w| *w == settings.width).unwrap_or(0), |s, i| s.width = Width::ALL[i]) }
                { group("Line spacing", "spacing", Spacing::ALL.iter().map(|s| s.label()).collect(),
                    Spacing::ALL.iter().position(|s| *s == settings.spacing).unwrap_or(0), |s, i| s.spacing = Spacing::ALL[i]) }
            </div>
        </>
    }
}

/// How big the text is at each step, in percent of normal (the stylesheet's `data-size` rules).
fn text_percent(step: i8) -> u32 {
    match step {
        i8::MIN..=-2 => 80,
        -1 => 90,
        0 => 100,
        1 => 112,
        2 => 125,
        3 => 140,
        _ => 160,
    }
}
