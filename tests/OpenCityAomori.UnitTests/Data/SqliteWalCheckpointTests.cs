using Microsoft.Data.Sqlite;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.UnitTests.Data;

/// <summary>The host's checkpoint starts a long write-ahead log over even when readers kept a PASSIVE one from finishing.</summary>
public sealed class SqliteWalCheckpointTests : IAsyncLifetime
{
    private readonly string _file = TempSqliteFiles.NewPath("oca_wal");

    private string ConnectionString => $"Data Source={_file};Default Timeout=5";

    public async Task InitializeAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE T (Id INTEGER PRIMARY KEY, V BLOB);");
    }

    public Task DisposeAsync() => TempSqliteFiles.DeleteAsync(_file, ConnectionString);

    [Fact]
    public async Task A_long_log_is_written_from_its_start_again_although_a_reader_held_the_passive_checkpoint_back()
    {
        await using var writer = await OpenAsync();
        await ExecuteAsync(writer, $"INSERT INTO T (V) SELECT randomblob(4000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {SqliteWalCheckpoint.RestartFrames + 100}) SELECT i FROM n);");

        // A reader on the log as it is, then one more commit: a PASSIVE checkpoint cannot copy that commit while the reader stays.
        await using var reader = await OpenAsync();
        await ExecuteAsync(reader, "BEGIN; SELECT COUNT(*) FROM T;");
        await ExecuteAsync(writer, "INSERT INTO T (V) VALUES (randomblob(4000));");

        // Its own thread: SQLite's calls complete synchronously, and RESTART sleeps in SQLite's busy handler while it waits.
        var run = Task.Run(() => SqliteWalCheckpoint.RunAsync(ConnectionString, TimeSpan.FromSeconds(10), CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        await ExecuteAsync(reader, "COMMIT;");
        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(10)));

        await ExecuteAsync(writer, "INSERT INTO T (V) VALUES (randomblob(4000));");
        Assert.InRange(await LogFramesAsync(writer), 1, 10);
    }

    [Fact]
    public async Task A_short_log_is_only_copied_and_never_waits_for_readers()
    {
        await using var writer = await OpenAsync();
        await ExecuteAsync(writer, "INSERT INTO T (V) VALUES (randomblob(4000));");
        await using var reader = await OpenAsync();
        await ExecuteAsync(reader, "BEGIN; SELECT COUNT(*) FROM T;");

        var run = Task.Run(() => SqliteWalCheckpoint.RunAsync(ConnectionString, TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.True(await run.WaitAsync(TimeSpan.FromSeconds(5)));
        await ExecuteAsync(reader, "COMMIT;");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // The frames in the log now: a PASSIVE checkpoint's second column.
    private static async Task<long> LogFramesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var result = await command.ExecuteReaderAsync();
        Assert.True(await result.ReadAsync());
        return result.GetInt64(1);
    }
}
