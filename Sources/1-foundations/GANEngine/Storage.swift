/// A contiguous, owned buffer of Float32 values shared by a tensor and its reshaped views.
final class Storage: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    let count: Int

    /// Allocates `count` uninitialised floats (the caller must write every element).
    init(uninitializedCount count: Int) {
        _ = Storage.allocatorTuned
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
    }

    /// Allocates `count` floats set to `value`.
    convenience init(count: Int, repeating value: Float) {
        self.init(uninitializedCount: count)
        pointer.initialize(repeating: value, count: count)
    }

    deinit { pointer.deallocate() }

    /// Keeps large tensor buffers on the heap instead of fresh `mmap`s: training loops free and
    /// re-allocate the same sizes every step, and page faults on new mappings cost ~10% of a step.
    static let allocatorTuned: Bool = {
        #if os(Linux)
        _ = glibcMallopt(-3, 256 << 20)   // M_MMAP_THRESHOLD
        _ = glibcMallopt(-1, 512 << 20)   // M_TRIM_THRESHOLD
        #endif
        return true
    }()
}

#if os(Linux)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
