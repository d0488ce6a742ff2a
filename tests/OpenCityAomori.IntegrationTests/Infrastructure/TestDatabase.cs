using Npgsql;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway database for one test host: a SQLite file, or a PostgreSQL database created on the
/// server named by OCA_TEST_POSTGRES (scripts/test.sh starts one) and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresAdmin;
    private readonly string? _sqliteFile;

    private TestDatabase(string provider, string connectionString, string? postgresAdmin, string? sqliteFile, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresAdmin = postgresAdmin;
        _sqliteFile = sqliteFile;
        Name = name;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var name = "oca_test_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new TestDatabase(provider, $"Data Source={file}", null, file, name);
        }

        var admin = Environment.GetEnvironmentVariable("OCA_TEST_POSTGRES")
            ?? throw new InvalidOperationException("OCA_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, admin, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
