using Microsoft.Data.Sqlite;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// One checkpoint of the SQLite write-ahead log by the host, its only checkpointer (<see cref="SqliteConnectionPolicy"/>).
/// A PASSIVE checkpoint copies what it can without holding anyone back, but a writer starts the log over
/// only when the copy had caught up with the last commit as it began and no reader still used the log.
/// Under steady writes that moment never comes: the log grew without end (200 MB in 20 s of proposal
/// submissions), and every commit appended to new file blocks that the file system allocates and zeroes,
/// a sixth of a submission's CPU. So once the log is longer than <see cref="RestartFrames"/>, the rest is
/// copied between two writers (holding <see cref="SqliteWriteGate"/> for a few milliseconds) with RESTART,
/// which also waits briefly for readers of the old log; the next writer then writes the log from its start,
/// over blocks already in the page cache.
/// </summary>
public static class SqliteWalCheckpoint
{
    /// <summary>About 16 MB of log (4 KB pages), some seconds of submissions.</summary>
    public const int RestartFrames = 4096;

    // How long RESTART waits for readers still on the old log while the writers wait for the gate.
    private static readonly TimeSpan ReaderWait = TimeSpan.FromMilliseconds(50);

    /// <summary>Checkpoints the database of <paramref name="connectionString"/>; false when the log could not be restarted this time.</summary>
    public static Task<bool> RunAsync(string connectionString, CancellationToken cancellationToken) =>
        RunAsync(connectionString, ReaderWait, cancellationToken);

    /// <summary>As <see cref="RunAsync(string, CancellationToken)"/>, RESTART waiting up to <paramref name="readerWait"/> for readers of the old log.</summary>
    public static async Task<bool> RunAsync(string connectionString, TimeSpan readerWait, CancellationToken cancellationToken)
    {
        // Its own handle: the busy timeout set here must not reach the pool's connections.
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var (_, logFrames, _) = await CheckpointAsync(connection, "PASSIVE", cancellationToken);
        if (logFrames < RestartFrames)
        {
            return true;
        }

        await ExecuteAsync(connection, $"PRAGMA busy_timeout={(int)readerWait.TotalMilliseconds};", cancellationToken);
        using var lease = await SqliteWriteGate.EnterAsync(connection, cancellationToken);
        var (busy, _, _) = await CheckpointAsync(connection, "RESTART", cancellationToken);
        return !busy;
    }

    private static async Task<(bool Busy, long LogFrames, long Checkpointed)> CheckpointAsync(SqliteConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2))
            : (false, 0, 0);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
