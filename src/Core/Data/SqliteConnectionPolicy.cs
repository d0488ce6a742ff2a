using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// The one durability policy for SQLite, the same for every module's connections: the database file
/// is in WAL mode (<see cref="JournalMode"/>, set once by the host at start-up) and each connection
/// commits with <c>synchronous=NORMAL</c> — no fsync per commit, which is what lets the workflow
/// engine run hundreds of steps per second (bench/workflows-bench.sh). The database stays consistent;
/// only a power loss (not a process crash) can lose the last commits. Connections never checkpoint
/// the log themselves (a checkpoint's writes and fsyncs showed as a 30 ms p99 on workflow resumes):
/// the host checkpoints it in the background every second.
/// </summary>
public sealed class SqliteConnectionPolicy : DbConnectionInterceptor
{
    /// <summary>Belongs to the database file and persists, so it is set once, not per connection.</summary>
    public const string JournalMode = "PRAGMA journal_mode=WAL;";

    private const string ConnectionPragmas = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;";

    public static SqliteConnectionPolicy Instance { get; } = new();

    private SqliteConnectionPolicy()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = ConnectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
