// swift-tools-version: 6.1
import PackageDescription

/// Release builds of the numeric code drop Swift's bounds checks. No `-march` flag: the engine
/// picks its AVX-512, AVX2 or portable kernels at run time (target CEngineKernels), so one build
/// runs on any x86-64 or arm64 CPU.
let numericSettings: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v15)],
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
        // System libraries (Debian/Ubuntu or Homebrew packages, found through pkg-config).
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"]), .brew(["libpng"])]),
        // CPU detection and the engine's x86 kernels (per-function target attributes).
        // -O2 also in debug builds: the tests run these kernels on large products.
        .target(name: "CEngineKernels", cSettings: [.unsafeFlags(["-O2"])]),

        // Leaf modules: each testable alone.
        .target(name: "PNGCodec", dependencies: ["CPNG"]),
        // exp, log, sin, … with the same bits on every CPU and libm (engine, distributions, cells).
        .target(name: "PortableMath"),
        .target(name: "GANEngine", dependencies: ["CEngineKernels", "PortableMath"], swiftSettings: numericSettings),
        .target(name: "CellScript", dependencies: ["PortableMath"]),
        .target(name: "Figures", dependencies: ["PNGCodec"]),
        .target(name: "TeXMath"),
        .target(name: "Distributions", dependencies: ["PortableMath"]),

        // The course as data: lessons, front matter, Markdown + math protection, cell sources and
        // options, the freeze store, content hashes, atomic files.
        .target(name: "Course", dependencies: [
            "CCmarkGFM", .product(name: "Yams", package: "Yams"),
        ]),
        // Everything a cell can call, one registration record per builtin.
        .target(name: "Builtins", dependencies: [
            "Course", "CellScript", "GANEngine", "PortableMath", "Distributions", "Figures", "PNGCodec",
        ]),
        // Execution: dependency analysis, cell keys, incremental runs, value snapshots.
        .target(name: "Notebook", dependencies: [
            "Course", "Builtins", "CellScript", "GANEngine", "PortableMath", "Distributions", "Figures",
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
        .testTarget(name: "PortableMathTests", dependencies: ["PortableMath"]),
    ]
)
