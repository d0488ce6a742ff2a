using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// One writer at a time per SQLite database file, queued in this process (first come, first served,
/// waiting asynchronously). SQLite itself allows one writer; without the gate, concurrent writers
/// collide on its lock and Microsoft.Data.Sqlite retries a busy statement only after sleeping a
/// thread for 150 ms, which capped proposal submissions at about 50/s with second-long tails. The
/// gate is held from <c>BEGIN IMMEDIATE</c> until the transaction ends, or around one autocommit write
/// (<see cref="SqliteWriteGateInterceptor"/>). Keyed by file, so two hosts of one process on one file
/// (the two-node tests) share it; another process on the same file still meets SQLite's own lock.
/// </summary>
internal static class SqliteWriteGate
{
    private const int SqliteBusy = 5;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    // A transaction begun under the gate until the transaction factory takes its lease.
    private static readonly ConditionalWeakTable<DbTransaction, Lease> Begun = [];

    /// <summary>Waits for the file's gate; null for a database without a file (in memory), which needs none.</summary>
    public static async Task<Lease?> EnterAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (GateOf(connection) is not { } gate)
        {
            return null;
        }

        if (!await gate.WaitAsync(TimeoutOf(connection), cancellationToken).ConfigureAwait(false))
        {
            throw Busy(connection);
        }

        return new Lease(gate);
    }

    public static Lease? Enter(SqliteConnection connection)
    {
        if (GateOf(connection) is not { } gate)
        {
            return null;
        }

        if (!gate.Wait(TimeoutOf(connection)))
        {
            throw Busy(connection);
        }

        return new Lease(gate);
    }

    /// <summary>Hands the lease of a transaction just begun to whoever ends it (<see cref="Claim"/>).</summary>
    public static void Hold(DbTransaction transaction, Lease lease) => Begun.AddOrUpdate(transaction, lease);

    public static Lease? Claim(DbTransaction transaction) =>
        Begun.TryGetValue(transaction, out var lease) && Begun.Remove(transaction) ? lease : null;

    private static SemaphoreSlim? GateOf(SqliteConnection connection) =>
        connection.DataSource is { Length: > 0 } file ? Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1)) : null;

    // As long as SQLite's own busy wait would have lasted ("Default Timeout", 30 s unless set).
    private static TimeSpan TimeoutOf(SqliteConnection connection) =>
        connection.DefaultTimeout > 0 ? TimeSpan.FromSeconds(connection.DefaultTimeout) : Timeout.InfiniteTimeSpan;

    // The error SQLite gives when its lock is not free in time, so callers see what they saw before.
    private static SqliteException Busy(SqliteConnection connection) =>
        new($"SQLite Error 5: 'database is locked' (no write slot on {connection.DataSource} within {connection.DefaultTimeout} s).", SqliteBusy);

    /// <summary>The right to write; released once, however often it is disposed.</summary>
    internal sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
