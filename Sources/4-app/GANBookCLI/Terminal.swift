import ArgumentParser
import Foundation

/// Where the CLI talks to the user: progress on stderr, errors printed in one place.
enum Terminal {
    static func progress(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Runs `body`; any error is printed as one `path:line:col: error: …` line and becomes exit
    /// status 1 (never a trap or a stack trace).
    static func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            let text = String(describing: error)
            progress(text.contains("error:") ? text : "error: \(text)")
            throw ExitCode.failure
        }
    }
}
