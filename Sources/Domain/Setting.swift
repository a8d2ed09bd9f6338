/// The life areas scenarios and labelled data are drawn from.
public enum Setting: String, CaseIterable, Codable, Sendable, Hashable {
    case workplace, school, service, family, partner, friends
    case roommates, neighbours, healthcare, online, landlord, clubs

    public var displayName: String {
        switch self {
        case .workplace: "Work"
        case .school: "School and teens"
        case .service: "Shops and services"
        case .family: "Family"
        case .partner: "Partner"
        case .friends: "Friends"
        case .roommates: "Roommates"
        case .neighbours: "Neighbours"
        case .healthcare: "Health care"
        case .online: "Online"
        case .landlord: "Landlord"
        case .clubs: "Clubs and teams"
        }
    }
}
