import Foundation

/// Paths of the committed fixture files.
enum Fixture {
    static func path(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
            return "/missing-fixture/\(name)"
        }
        return url.path
    }
}
