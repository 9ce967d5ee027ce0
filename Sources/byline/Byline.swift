import ArgumentParser
import Dispatch
import Posix

struct Byline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "Extract named entities and attributed claims from news articles into a durable journal.",
        subcommands: [Run.self, Extract.self, Ingest.self, Verify.self, Tail.self, Query.self, StoreCommand.self, Stats.self, Eval.self, Train.self, WordIndexCommand.self, ModelImageCommand.self, Bench.self]
    )
}

/// The entry point: commands that are not async (`run`, `extract`, ...) run
/// on the main thread, and only the async ones (`query`, `store`) start a
/// task.
///
/// Why not `AsyncParsableCommand.main()`: it runs every command, the daemon
/// included, as a task on Swift concurrency's default executor, Dispatch's
/// global pool, whose first worker thread also starts libdispatch's 1 s
/// workqueue monitor timer, which never stops (see `QueueTaskExecutor`):
/// the idle daemon woke every second.
@main
enum Entry {
    static func main() {
        do {
            var command = try Byline.parseAsRoot()
            if let asynchronous = command as? AsyncParsableCommand {
                try runToCompletion(asynchronous)
            } else {
                try command.run()
            }
        } catch {
            Byline.exit(withError: error)
        }
    }

    /// Blocks the main thread until `command` has run as a task.
    private static func runToCompletion(_ command: AsyncParsableCommand) throws {
        let outcome = Locked<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let box = UncheckedCommand(command: command)
        Task {
            var command = box.command
            let result: Result<Void, any Error>
            do {
                try await command.run()
                result = .success(())
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        try outcome.withLock { $0 }?.get()
    }
}

/// `@unchecked Sendable`: a parsed command is a plain value handed once
/// from the main thread to the one task that runs it, while the main thread
/// waits and never touches it again.
private struct UncheckedCommand: @unchecked Sendable {
    let command: AsyncParsableCommand
}
