using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.UnitTests.Data;

/// <summary>Runs alone: other tests clear SQLite's connection pools, which would hand the pool test a fresh connection.</summary>
[CollectionDefinition(nameof(SqliteConnectionPolicyTests), DisableParallelization = true)]
public sealed class SqlitePoolCollection;

[Collection(nameof(SqliteConnectionPolicyTests))]
public sealed class SqliteConnectionPolicyTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"oca_policy_{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_open_of_a_pooled_connection_commits_without_fsync_and_leaves_checkpoints_to_the_host()
    {
        for (var open = 0; open < 3; open++)
        {
            await using var db = NewContext();
            await db.Database.OpenConnectionAsync();

            Assert.Equal(1L, await ScalarAsync(db, "PRAGMA synchronous;"));
            Assert.Equal(0L, await ScalarAsync(db, "PRAGMA wal_autocheckpoint;"));
        }
    }

    [Fact]
    public async Task A_reused_physical_connection_is_not_set_again()
    {
        await using (var first = NewContext())
        {
            await first.Database.OpenConnectionAsync();
            // Something changed the setting on this physical connection after the policy set it.
            await first.Database.ExecuteSqlRawAsync("PRAGMA wal_autocheckpoint=500;");
        }

        await using var second = NewContext();
        await second.Database.OpenConnectionAsync();

        Assert.Equal(500L, await ScalarAsync(second, "PRAGMA wal_autocheckpoint;"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private DbContext NewContext() =>
        new(new DbContextOptionsBuilder().UseSqlite($"Data Source={_file}").AddInterceptors(SqliteConnectionPolicy.Instance).Options);

    private static async Task<long> ScalarAsync(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
