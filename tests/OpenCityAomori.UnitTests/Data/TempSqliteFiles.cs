using Microsoft.Data.Sqlite;

namespace OpenCityAomori.UnitTests.Data;

/// <summary>SQLite files of one test in the temp folder.</summary>
internal static class TempSqliteFiles
{
    public static string NewPath(string prefix) => Path.Combine(Path.GetTempPath(), $"{prefix}_{Guid.NewGuid():N}.db");

    /// <summary>Closes the pool's idle connections of <paramref name="connectionString"/>, then deletes the file with its log and shared memory.</summary>
    public static Task DeleteAsync(string file, string connectionString)
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(file + suffix);
        }

        return Task.CompletedTask;
    }
}
