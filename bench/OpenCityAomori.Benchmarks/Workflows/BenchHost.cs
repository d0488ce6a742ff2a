using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenCityAomori.Web.Controllers;

namespace OpenCityAomori.Benchmarks.Workflows;

/// <summary>
/// The production Web host (Program, every module, the aomori recipe, background services) on a
/// throwaway database: a SQLite file (WAL, as the host sets it) or a PostgreSQL database created on the
/// server of <c>adminConnection</c> and dropped on dispose.
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<ErrorController>
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string _searchIndex = Path.Combine(Path.GetTempPath(), "oca-bench-search-" + Guid.NewGuid().ToString("N"));

    private BenchHost(string provider, string connectionString, string name, string? sqliteFile, string? postgresAdmin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    public static async Task<BenchHost> StartAsync(string provider, string? postgresAdmin)
    {
        var name = "oca_bench_" + Guid.NewGuid().ToString("N")[..12];
        BenchHost host;
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            host = new BenchHost(provider, $"Data Source={file}", name, file, null);
        }
        else
        {
            ArgumentException.ThrowIfNullOrEmpty(postgresAdmin);
            await using (var connection = new NpgsqlConnection(postgresAdmin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            var database = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ConnectionString;
            host = new BenchHost(provider, database, name, null, postgresAdmin);
        }

        _ = host.Server;
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_searchIndex))
        {
            Directory.Delete(_searchIndex, recursive: true);
        }

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
        await using var connection = new NpgsqlConnection(_postgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory finds the content root only for test projects; the host reads its recipes from src/Web.
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "Web"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Setup:Recipe", "aomori");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Search:IndexPath", _searchIndex);
    }
}
