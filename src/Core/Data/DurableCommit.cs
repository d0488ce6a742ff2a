using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// For the few commits that must survive a power loss, not only a crash (a proposal is acknowledged
/// to a company only once it is on disk): on SQLite the context's connection is opened and commits
/// with <c>synchronous=FULL</c> (fsync of the log on every commit) until the scope is disposed, when
/// <see cref="SqliteConnectionPolicy"/>'s NORMAL is restored for the pool. PostgreSQL already commits
/// durably (synchronous_commit on), so there the scope only keeps the connection open.
/// </summary>
public static class DurableCommit
{
    public static async Task<IAsyncDisposable> BeginAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection() as SqliteConnection;
        if (connection is not null)
        {
            await SetAsync(connection, "FULL", cancellationToken);
        }

        return new Scope(db, connection);
    }

    private static async Task SetAsync(SqliteConnection connection, string level, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous={level};";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Scope(DbContext db, SqliteConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (connection is not null)
                {
                    await SetAsync(connection, "NORMAL", CancellationToken.None);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
