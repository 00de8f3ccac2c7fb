import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time per lessons folder: an exclusive `flock` on `<lessons>/.ganbook-build.lock`,
/// released when the build ends or its process dies (the kernel drops it, so a killed build never
/// leaves a stale lock behind). A second build says whom it waits for, then waits.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock; when another build holds it, calls `waiting` with that build's process id
    /// and waits for it.
    init(lessonsFolder: String, waiting: (String) -> Void = { _ in }) throws {
        let path = (lessonsFolder as NSString).appendingPathComponent(".ganbook-build.lock")
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else {
            throw SiteError.write(path: path, reason: "cannot create the build lock: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = read(descriptor, &buffer, buffer.count)
            let holder = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            waiting(holder)
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw SiteError.busy(path: lessonsFolder, holder: holder)
            }
        }
        record()
    }

    private func record() {
        ftruncate(descriptor, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(descriptor, $0, strlen($0)) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
