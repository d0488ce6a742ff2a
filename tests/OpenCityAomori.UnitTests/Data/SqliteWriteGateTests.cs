using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.UnitTests.Data;

/// <summary>Writers on one SQLite file queue in process instead of meeting SQLite's lock and sleeping.</summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private static readonly TimeSpan Held = TimeSpan.FromMilliseconds(300);

    private readonly string _file = TempSqliteFiles.NewPath("oca_gate");

    private string ConnectionString => $"Data Source={_file};Default Timeout=5";

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; CREATE TABLE T (Id INTEGER PRIMARY KEY, V TEXT);");
    }

    public Task DisposeAsync() => TempSqliteFiles.DeleteAsync(_file, ConnectionString);

    [Fact]
    public async Task A_second_writer_waits_for_the_first_to_commit_and_then_goes_at_once()
    {
        await using var first = NewContext();
        await using var second = NewContext();
        var held = await first.Database.BeginTransactionAsync();
        await first.Database.ExecuteSqlRawAsync("INSERT INTO T (V) VALUES ('first')");

        var waiting = second.Database.BeginTransactionAsync();
        await Task.Delay(Held);
        Assert.False(waiting.IsCompleted);

        var clock = Stopwatch.StartNew();
        await held.CommitAsync();
        await using var begun = await waiting;
        // SQLite's busy retry would have slept 150 ms; the gate hands over on commit.
        Assert.True(clock.ElapsedMilliseconds < 100, $"took {clock.ElapsedMilliseconds} ms");
        await second.Database.ExecuteSqlRawAsync("INSERT INTO T (V) VALUES ('second')");
        await begun.CommitAsync();
        await held.DisposeAsync();
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task A_transaction_holds_the_write_lock_from_its_begin()
    {
        await using var first = NewContext();
        await using var transaction = await first.Database.BeginTransactionAsync();

        // Another process's connection (no gate) finds the lock taken although nothing was written yet: BEGIN IMMEDIATE.
        await using var outsider = new SqliteConnection($"Data Source={_file};Default Timeout=1;Pooling=False");
        await outsider.OpenAsync();
        await using var command = outsider.CreateCommand();
        command.CommandText = "INSERT INTO T (V) VALUES ('outsider')";
        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(5, error.SqliteErrorCode);
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_frees_the_gate()
    {
        await using var first = NewContext();
        await using (var abandoned = await first.Database.BeginTransactionAsync())
        {
            await first.Database.ExecuteSqlRawAsync("INSERT INTO T (V) VALUES ('rolled back')");
        }

        await using var second = NewContext();
        var begin = second.Database.BeginTransactionAsync();
        Assert.Same(begin, await Task.WhenAny(begin, Task.Delay(TimeSpan.FromSeconds(2))));
        await (await begin).DisposeAsync();
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_context_joining_the_transaction_writes_without_waiting_for_it()
    {
        await using var owner = NewContext();
        await using var transaction = await owner.Database.BeginTransactionAsync();
        await using var joined = NewContext();
        joined.Database.SetDbConnection(owner.Database.GetDbConnection(), contextOwnsConnection: false);
        await joined.Database.UseTransactionAsync(transaction.GetDbTransaction());

        var write = joined.Database.ExecuteSqlRawAsync("INSERT INTO T (V) VALUES ('joined')");
        Assert.Same(write, await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(2))));
        await transaction.CommitAsync();
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_write_outside_any_transaction_queues_behind_the_transaction()
    {
        await using var first = NewContext();
        var held = await first.Database.BeginTransactionAsync();
        await using var second = NewContext();

        var write = second.Database.ExecuteSqlRawAsync("INSERT INTO T (V) VALUES ('autocommit')");
        await Task.Delay(Held);
        Assert.False(write.IsCompleted);

        await held.CommitAsync();
        await write.WaitAsync(TimeSpan.FromSeconds(2));
        await held.DisposeAsync();
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task A_writer_that_waits_longer_than_the_timeout_gets_database_is_locked()
    {
        await using var first = NewContext();
        await using var held = await first.Database.BeginTransactionAsync();
        await using var second = new DbContext(new DbContextOptionsBuilder()
            .UseSqlite($"Data Source={_file};Default Timeout=1").UseSqlitePolicies().Options);

        var error = await Assert.ThrowsAsync<SqliteException>(() => second.Database.BeginTransactionAsync());
        Assert.Equal(5, error.SqliteErrorCode);
    }

    private DbContext NewContext() => new(new DbContextOptionsBuilder().UseSqlite(ConnectionString).UseSqlitePolicies().Options);

    private async Task<long> CountAsync()
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM T";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
