import Foundation
import Plot
import Safety

/// The sections in the site navigation.
public enum NavItem: String, CaseIterable, Sendable {
    case home, rehearse, lessons, worksheets, thoughts, log, ladder, measures, progress, breathe, settings

    var title: String {
        switch self {
        case .home: "Home"
        case .rehearse: "Rehearse"
        case .lessons: "Lessons"
        case .worksheets: "Worksheets"
        case .thoughts: "Thoughts"
        case .log: "Log"
        case .ladder: "Ladder"
        case .measures: "Questionnaires"
        case .progress: "Progress"
        case .breathe: "Breathe"
        case .settings: "Settings"
        }
    }

    var path: String { self == .home ? "/" : "/\(rawValue)" }
}

/// What every page needs around its content.
public struct PageChrome: Sendable {
    public var title: String
    /// The signed-in person's name (or email); `nil` when signed out.
    public var signedInAs: String?
    public var csrfToken: String
    public var current: NavItem?
    /// A short confirmation after a save ("Saved.").
    public var flash: String?
    /// Scripts to load besides app.js, as file names under /static.
    public var scripts: [String]

    public init(title: String, signedInAs: String?, csrfToken: String, current: NavItem? = nil, flash: String? = nil,
                scripts: [String] = []) {
        self.title = title
        self.signedInAs = signedInAs
        self.csrfToken = csrfToken
        self.current = current
        self.flash = flash
        self.scripts = scripts
    }
}

public enum Views {
    /// A whole HTML document: skip link, header with navigation and "Get help now", the content,
    /// footer. Scripts are files (the Content-Security-Policy forbids inline script).
    public static func document(_ chrome: PageChrome, _ content: [HTMLNode]) -> String {
        let head = el("head", [], [
            el("meta", [("charset", "utf-8")]),
            el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            el("meta", [("name", "color-scheme"), ("content", "light dark")]),
            el("meta", [("name", "csrf-token"), ("content", chrome.csrfToken)]),
            el("title", text: chrome.title == "SpeakUp" ? "SpeakUp" : "\(chrome.title) · SpeakUp"),
            el("link", [("rel", "stylesheet"), ("href", "/static/app.css")]),
            el("link", [("rel", "icon"), ("href", "data:,")]),
        ] + (["app.js"] + chrome.scripts).map { el("script", [("src", "/static/\($0)"), ("defer", "")]) })
        let body = el("body", [], [
            el("a", [("class", "skip-link"), ("href", "#main")], text: "Skip to content"),
            header(chrome),
            el("main", [("id", "main"), ("tabindex", "-1")],
               (chrome.flash.map { [el("p", [("class", "notice success"), ("role", "status")], text: $0)] } ?? []) + content),
            footer(chrome),
        ])
        return "<!DOCTYPE html>\n" + el("html", [("lang", "en")], [head, body]).render()
    }

    static func header(_ chrome: PageChrome) -> HTMLNode {
        var items: [HTMLNode] = []
        if chrome.signedInAs != nil {
            items = NavItem.allCases.map { item in
                el("li", [], el("a", [("href", item.path), ("aria-current", chrome.current == item ? "page" : nil)], text: item.title))
            }
        } else {
            items = [
                el("li", [], el("a", [("href", "/login")], text: "Sign in")),
                el("li", [], el("a", [("href", "/signup")], text: "Create an account")),
                el("li", [], el("a", [("href", "/breathe")], text: "Breathe")),
            ]
        }
        return el("header", [("class", "site-header")], [
            el("a", [("class", "brand"), ("href", "/")], text: "SpeakUp"),
            el("nav", [("class", "site-nav"), ("aria-label", "Main")], el("ul", [], items)),
            el("a", [("class", "help-link"), ("href", "/help")], text: "Get help now"),
        ])
    }

    static func footer(_ chrome: PageChrome) -> HTMLNode {
        var parts: [HTMLNode] = [
            el("p", [], [text("SpeakUp is a practice tool, not treatment or a diagnosis. If you are struggling, "),
                         el("a", [("href", "/help")], text: "help is here"), text(".")]),
        ]
        if let name = chrome.signedInAs {
            parts.append(el("form", [("method", "post"), ("action", "/logout"), ("class", "inline")], [
                csrfField(chrome.csrfToken),
                text("Signed in as \(name). "),
                el("button", [("type", "submit"), ("class", "button secondary")], text: "Sign out"),
            ]))
        }
        return el("footer", [("class", "site-footer")], parts)
    }

    static func csrfField(_ token: String) -> HTMLNode {
        el("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
    }
}
