using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.UnitTests.Data;

public sealed class DurableCommitTests
{
    [Fact]
    public async Task A_durable_scope_commits_with_full_sync_and_hands_the_pool_back_its_normal_setting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oca-durable-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<DbContext>().UseSqlite($"Data Source={path}").AddInterceptors(SqliteConnectionPolicy.Instance).Options;
            await using var db = new DbContext(options);

            await using (await DurableCommit.BeginAsync(db, CancellationToken.None))
            {
                Assert.Equal(2L, await SynchronousAsync(db)); // FULL
            }

            await db.Database.OpenConnectionAsync();
            Assert.Equal(1L, await SynchronousAsync(db)); // NORMAL, the policy's
            await db.Database.CloseConnectionAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<long> SynchronousAsync(DbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
