/// The live preview's running lessons, kept between rebuilds (see `LiveLesson`).
public final class LiveNotebook {
    var lessons: [String: LiveLesson] = [:]

    public init() {}
}
