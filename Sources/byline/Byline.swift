import ArgumentParser

@main
struct Byline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Extract named entities and attributed claims from news articles into a durable journal.",
        subcommands: [Run.self, Extract.self, Ingest.self, Verify.self, Tail.self, Query.self, StoreCommand.self, Stats.self, Eval.self, Train.self, Bench.self]
    )
}
