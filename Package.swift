// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the numeric code need AVX2/FMA code generation; the flag is only
/// used inside this package (SwiftPM forbids unsafe flags in dependencies, not at the root).
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xcc", "-march=x86-64-v3"]),
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ganbook", targets: ["ganbook"]),
        .executable(name: "ganbook-bench", targets: ["ganbook-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries (Debian packages, found through pkg-config).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        // Leaf modules: each testable alone.
        .target(name: "PNGCodec", dependencies: ["CPNG"]),
        .target(name: "GANEngine", dependencies: ["COpenBLAS"], swiftSettings: numericSettings),
        .target(name: "CellScript"),
        .target(name: "Figures", dependencies: ["PNGCodec"]),
        .target(name: "TeXMath"),
        .target(name: "Distributions"),

        // The course as data: lessons, front matter, Markdown + math protection, cell sources and
        // options, the freeze store, content hashes, atomic files.
        .target(name: "Course", dependencies: [
            "CCmarkGFM", .product(name: "Yams", package: "Yams"),
        ]),
        // Everything a cell can call, one registration record per builtin.
        .target(name: "Builtins", dependencies: [
            "Course", "CellScript", "GANEngine", "Distributions", "Figures", "PNGCodec",
        ]),
        // Execution: dependency analysis, cell keys, incremental runs, value snapshots.
        .target(name: "Notebook", dependencies: [
            "Course", "Builtins", "CellScript", "GANEngine", "Distributions", "Figures",
        ]),
        // HTML pages from data it is given: layout, math, highlighting, search index, link check.
        .target(name: "Site", dependencies: ["Course", "TeXMath", "CellScript"]),
        // The driver: load → plan → run → render → write, build lock, atomic site writer.
        .target(name: "Build", dependencies: ["Course", "Builtins", "Notebook", "Site"]),
        // `ganbook serve`: the site over HTTP on 127.0.0.1 with live reload.
        .target(name: "PreviewServer", dependencies: [
            "Build", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .target(name: "GANBookCLI", dependencies: [
            "Build", "Builtins", "Course", "Notebook", "PreviewServer", "GANEngine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "ganbook", dependencies: ["GANBookCLI"]),
        .executableTarget(name: "ganbook-bench",
                          dependencies: ["GANEngine", "CellScript", "Figures", "PNGCodec", "TeXMath", "Distributions", "Course",
                                         "Builtins", "Site"],
                          swiftSettings: numericSettings),

        .testTarget(name: "GANEngineTests", dependencies: ["GANEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CellScriptTests", dependencies: ["CellScript"], resources: [.copy("Scripts")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "PNGCodec"], resources: [.copy("Golden")]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"]),
        .testTarget(name: "DistributionsTests", dependencies: ["Distributions"]),
        .testTarget(name: "CourseTests", dependencies: ["Course"]),
        .testTarget(name: "BuiltinsTests", dependencies: ["Builtins", "Course", "CellScript"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Course", "Builtins", "CellScript", "GANEngine"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Course", "CellScript"]),
        .testTarget(name: "BuildTests", dependencies: ["Build", "Course", "Site"], exclude: ["Fixtures"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "Build", "Notebook"]),
        .testTarget(name: "GANBookCLITests", dependencies: ["GANBookCLI"]),
    ]
)
