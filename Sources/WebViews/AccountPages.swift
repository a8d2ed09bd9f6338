import Domain
import Foundation
import Plot
import Safety

extension Views {
    public static func errorPage(_ chrome: PageChrome, status: Int, message: String) -> String {
        document(chrome, [
            el("h1", text: status == 200 ? "Done" : status == 404 ? "Not found" : status == 429 ? "Please wait a moment" : status == 403 ? "Please reload and try again" : "Something went wrong"),
            el("p", [("class", "lead")], text: message),
            el("p", [], el("a", [("href", "/")], text: "Back to the home page")),
        ])
    }

    public static func landing(_ chrome: PageChrome) -> String {
        document(chrome, [
            el("h1", text: "Practise speaking up, at your own pace"),
            el("p", [("class", "lead")], text: "SpeakUp helps you rehearse the conversations you find hard: saying no, asking for what you need, and disagreeing calmly. Every reply gets kind, clear feedback on how it comes across, and why."),
            el("div", [("class", "button-row")], [
                el("a", [("class", "button"), ("href", "/signup")], text: "Create a free account"),
                el("a", [("class", "button secondary"), ("href", "/login")], text: "Sign in"),
            ]),
            el("p", [("class", "muted")], text: "Everything you write stays on this server. You can download it or delete it at any time."),
        ])
    }

    public static func signup(_ chrome: PageChrome, state: FormState, countries: [String]) -> String {
        document(chrome, [
            el("h1", text: "Create your account"),
            UI.errorSummary(state),
            UI.form(action: "/signup", csrf: chrome.csrfToken, [
                UI.input("email", label: "Email", state: state, type: "email", required: true, maxLength: 200, extra: [("autocomplete", "email")]),
                UI.input("password", label: "Password", state: state, type: "password",
                         hint: "At least 10 characters. A few unrelated words make a strong one.", required: true,
                         extra: [("autocomplete", "new-password"), ("minlength", "10")]),
                UI.input("display_name", label: "What should we call you? (optional)", state: state, maxLength: 80,
                         extra: [("autocomplete", "nickname")]),
                UI.select("country", label: "Your country (optional)", state: state,
                          options: UI.countryOptions(countries), hint: "So we can show the right crisis lines.", blank: "Not set"),
                UI.submit("Create account"),
            ]),
            el("p", [], [text("Already have an account? "), el("a", [("href", "/login")], text: "Sign in")]),
        ])
    }

    public static func login(_ chrome: PageChrome, state: FormState, message: String? = nil) -> String {
        document(chrome, [
            el("h1", text: "Sign in"),
            message.map { el("div", [("class", "error-summary"), ("role", "alert")], el("p", text: $0)) } ?? group([]),
            UI.errorSummary(state),
            UI.form(action: "/login", csrf: chrome.csrfToken, [
                // Where to go after signing in, when a page sent the person here.
                state.value("next").isEmpty ? group([]) : el("input", [("type", "hidden"), ("name", "next"), ("value", state.value("next"))]),
                UI.input("email", label: "Email", state: state, type: "email", required: true, maxLength: 200, extra: [("autocomplete", "email")]),
                UI.input("password", label: "Password", state: state, type: "password", required: true,
                         extra: [("autocomplete", "current-password")]),
                UI.submit("Sign in"),
            ]),
            el("p", [], [text("New here? "), el("a", [("href", "/signup")], text: "Create an account")]),
            el("p", [("class", "muted")], text: "Forgotten your password? Ask whoever runs this SpeakUp server for a reset link."),
        ])
    }

    public static func resetPassword(_ chrome: PageChrome, token: String, state: FormState, valid: Bool) -> String {
        guard valid else {
            return errorPage(chrome, status: 404, message: "This reset link has expired or has already been used. Ask for a new one.")
        }
        return document(chrome, [
            el("h1", text: "Choose a new password"),
            UI.errorSummary(state),
            UI.form(action: "/reset/\(token)", csrf: chrome.csrfToken, [
                UI.input("password", label: "New password", state: state, type: "password", hint: "At least 10 characters.",
                         required: true, extra: [("autocomplete", "new-password"), ("minlength", "10")]),
                UI.submit("Save password"),
            ]),
        ])
    }

    /// The "Get help now" page: the crisis lines for the person's country, and what to do right now.
    public static func help(_ chrome: PageChrome, resources: CrisisResources, countries: [String], selected: String?) -> String {
        let lines = resources.lines.map(UI.crisisLine)
        return document(chrome, [
            el("h1", text: "Get help now"),
            el("section", [("class", "help-panel urgent"), ("aria-labelledby", "now")], [
                el("h2", [("id", "now")], text: "If you or someone else is in danger right now"),
                el("p", [("class", "emergency")], text: "Call your local emergency number (for example 999, 911, 112 or 000)."),
                el("p", text: "If you are thinking about ending your life or hurting yourself, you deserve support right now. You don't have to explain everything or have the right words."),
            ]),
            el("h2", text: resources.country.map { "People you can talk to (\($0))" } ?? "People you can talk to"),
            el("ul", [("class", "crisis-lines")], lines),
            el("p", [("class", "muted")], text: "These numbers were last checked on \(resources.reviewed). If a line doesn't work, your emergency number always will."),
            el("form", [("method", "get"), ("action", "/help"), ("class", "inline-fields")], [
                UI.select("country", label: "Show lines for another country", state: FormState(["country": selected ?? ""]),
                          options: UI.countryOptions(countries), blank: "Anywhere (international)"),
                UI.submit("Show", secondary: true),
            ]),
            el("h2", text: "Other things that can help in the next few minutes"),
            el("ul", [], [
                el("li", text: "Move away from anything you could use to hurt yourself, or ask someone to hold on to it."),
                el("li", text: "Go to where other people are, or message someone you trust: \"I'm not okay, can you talk?\""),
                el("li", [], [text("Slow your breathing for a minute with the "), el("a", [("href", "/breathe")], text: "breathing exercise"), text(".")]),
            ]),
            el("p", [("class", "muted")], text: "SpeakUp is a practice tool, not a crisis service, and nobody watches what you write here in real time."),
        ])
    }

    public struct SettingsModel: Sendable {
        public var email: String
        public var tokens: [(id: Int64, name: String, created: Date, lastUsed: Date?)]
        /// A token just created, shown once.
        public var newToken: String?
        public var countries: [String]
        public init(email: String, tokens: [(id: Int64, name: String, created: Date, lastUsed: Date?)], newToken: String?, countries: [String]) {
            self.email = email
            self.tokens = tokens
            self.newToken = newToken
            self.countries = countries
        }
    }

    public static func settings(_ chrome: PageChrome, model: SettingsModel, state: FormState, deleteState: FormState) -> String {
        let tokens: [HTMLNode] = model.tokens.map { token in
            el("li", [], [
                el("strong", text: token.name), text(" · created \(UI.day(token.created))"),
                text(token.lastUsed.map { " · last used \(UI.day($0))" } ?? " · never used"), text(" "),
                UI.form(action: "/settings/tokens/\(token.id)/delete", csrf: chrome.csrfToken, attributes: [("class", "inline")],
                        [el("button", [("type", "submit"), ("class", "button secondary"), ("aria-label", "Revoke the token \(token.name)")],
                            text: "Revoke")]),
            ])
        }
        return document(chrome, [
            el("h1", text: "Settings"),
            UI.errorSummary(state),
            UI.form(action: "/settings", csrf: chrome.csrfToken, [
                el("p", [], [text("Signed in as "), el("strong", text: model.email)]),
                UI.input("display_name", label: "Display name", state: state, maxLength: 80),
                UI.select("country", label: "Country for crisis lines", state: state, options: UI.countryOptions(model.countries),
                          hint: "If you don't choose one, we show the server's default, then international lines.", blank: "Not set"),
                el("div", [("class", "choice")], [
                    el("input", [("type", "checkbox"), ("id", "reminders"), ("name", "reminders"), ("value", "on"),
                                 ("checked", state.value("reminders") == "on" ? "" : nil)]),
                    el("label", [("for", "reminders")], text: "Show practice reminders on my home page"),
                ]),
                UI.submit("Save settings"),
            ]),
            el("h2", text: "Personal API tokens"),
            el("p", text: "A token lets a script use the SpeakUp API as you. Keep it secret; revoke it when you no longer need it."),
            model.newToken.map { token in
                el("div", [("class", "notice success"), ("role", "status")], [
                    el("p", text: "Here is your new token. Copy it now: it won't be shown again."),
                    el("p", [], el("code", [("id", "new-token")], text: token)),
                ])
            } ?? group([]),
            el("ul", [("class", "tokens")], tokens),
            UI.form(action: "/settings/tokens", csrf: chrome.csrfToken, attributes: [("class", "inline-fields")], [
                UI.input("token_name", label: "Token name", state: FormState(), maxLength: 80, extra: [("placeholder", "e.g. my notebook")]),
                UI.submit("Create token", secondary: true),
            ]),
            el("h2", text: "Your data"),
            el("p", [], [text("Download everything you have stored in SpeakUp as JSON: "),
                         el("a", [("href", "/settings/export"), ("class", "button secondary"), ("download", "speakup-data.json")],
                            text: "Download my data")]),
            el("p", [], [text("Questionnaire scores on their own: "), el("a", [("href", "/export/scores.csv")], text: "CSV"),
                         text(", or "), el("a", [("href", "/export/fhir")], text: "FHIR R4"),
                         text(" for a clinic's record system.")]),
            el("h2", text: "Delete my account"),
            el("p", text: "This deletes your account and everything you have written here, for good. Download your data first if you want to keep it."),
            UI.errorSummary(deleteState),
            UI.form(action: "/settings/delete", csrf: chrome.csrfToken,
                    attributes: [("data-confirm", "Delete your account and everything in it? This cannot be undone.")], [
                UI.input("confirm_password", label: "Your password, to confirm", state: deleteState, type: "password", required: true,
                         extra: [("autocomplete", "current-password")]),
                el("button", [("type", "submit"), ("class", "button danger")], text: "Delete my account"),
            ]),
        ])
    }
}
