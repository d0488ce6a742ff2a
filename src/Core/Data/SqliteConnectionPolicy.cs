using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// The one durability policy for SQLite, the same for every module's connections: the database file
/// is in WAL mode (<see cref="JournalMode"/>, set once by the host at start-up) and each connection
/// commits with <c>synchronous=NORMAL</c> — no fsync per commit, which is what lets the workflow
/// engine run hundreds of steps per second (bench/workflows-bench.sh). The database stays consistent;
/// only a power loss (not a process crash) can lose the last commits. Connections never checkpoint
/// the log themselves (a checkpoint's writes and fsyncs showed as a 30 ms p99 on workflow resumes):
/// the host checkpoints it in the background every second. Both settings belong to the physical
/// connection, which the pool keeps open between uses, so they are set once per physical connection,
/// not on every open.
/// </summary>
public sealed class SqliteConnectionPolicy : DbConnectionInterceptor
{
    /// <summary>Belongs to the database file and persists, so it is set once, not per connection.</summary>
    public const string JournalMode = "PRAGMA journal_mode=WAL;";

    private const string ConnectionPragmas = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;";

    public static SqliteConnectionPolicy Instance { get; } = new();

    // Physical connections (the pool's handles) already set; an entry goes when its handle is collected.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    private SqliteConnectionPolicy()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
            Configured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = ConnectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            Configured(connection);
        }
    }

    // A handle serves one open connection at a time, so nothing else sets it between the check and Configured.
    private bool NeedsPragmas(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && !_configured.TryGetValue(handle, out _);

    private void Configured(DbConnection connection) => _configured.AddOrUpdate(((SqliteConnection)connection).Handle!, this);
}
