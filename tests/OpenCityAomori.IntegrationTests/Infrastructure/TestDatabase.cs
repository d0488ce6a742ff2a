using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>What a new test database holds before its host starts.</summary>
public enum DatabaseContent
{
    /// <summary>Nothing: the host migrates it and runs its recipe itself, as on a first install.</summary>
    Empty,

    /// <summary>Every module's schema and the test administrator, no site content.</summary>
    Schema,

    /// <summary>The schema, the test administrator and the Aomori recipe's site.</summary>
    AomoriSite,
}

/// <summary>
/// A throwaway database for one test host: a SQLite file, or a PostgreSQL database created on the
/// server named by OCA_TEST_POSTGRES (scripts/test.sh starts one) and dropped afterwards. A database
/// with content is a copy of a template prepared once per test run (see <see cref="DatabaseTemplates"/>).
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

    public static async Task<TestDatabase> CreateAsync(string provider, DatabaseContent content = DatabaseContent.Empty)
    {
        var template = content == DatabaseContent.Empty ? null : await DatabaseTemplates.GetAsync(provider, content);
        var name = "oca_test_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            if (template is not null)
            {
                // The template's host is gone and its pools cleared, so the file is complete (no WAL left).
                File.Copy(template._sqliteFile!, file);
            }

            return new TestDatabase(provider, $"Data Source={file}", null, file, name);
        }

        var admin = Environment.GetEnvironmentVariable("OCA_TEST_POSTGRES")
            ?? throw new InvalidOperationException("OCA_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
        var copy = template is null ? string.Empty : $" TEMPLATE \"{template.Name}\"";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"{copy}");
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, admin, null, name);
    }

    /// <summary>Closes every pooled connection, so a database can serve as a template or be deleted.</summary>
    public static void ClearPools()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_postgresAdmin!, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
