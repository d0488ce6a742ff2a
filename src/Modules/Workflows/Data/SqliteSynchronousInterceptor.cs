using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenCityAomori.Modules.Workflows.Data;

/// <summary>
/// On SQLite (WAL, set by the host), workflow steps commit with <c>synchronous=NORMAL</c>: no fsync per
/// commit (one per checkpoint), which is what makes hundreds of steps per second possible. The database
/// stays consistent; only a power loss (not a process crash) can lose the last commits.
/// </summary>
internal sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    // No automatic checkpoint inside a step either: the host checkpoints the log every second in the background.
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;";

    // Connections are pooled and shared with every module: put the defaults back before another
    // module (e.g. a form submission that must survive a power loss once acknowledged) reuses it.
    private const string Defaults = "PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=1000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection is SqliteConnection { State: System.Data.ConnectionState.Open })
        {
            using var command = connection.CreateCommand();
            command.CommandText = Defaults;
            command.ExecuteNonQuery();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (connection is SqliteConnection { State: System.Data.ConnectionState.Open })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Defaults;
            await command.ExecuteNonQueryAsync();
        }

        return result;
    }
}
