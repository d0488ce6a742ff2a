using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Modules.Search.Services;

/// <summary>Bound from the "Search" configuration section.</summary>
internal sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Folder of this node's index; by default App_Data/search/&lt;database&gt;, one per database.</summary>
    public string? IndexPath { get; set; }

    /// <summary>How often the node looks for new indexing tasks.</summary>
    public int SyncIntervalMilliseconds { get; set; } = 1000;

    /// <summary>How long a missing task id may stay missing (a transaction still in flight) before it is skipped.</summary>
    public int GapTimeoutSeconds { get; set; } = 30;

    /// <summary>Requests per client address and window to /api/v1/search.</summary>
    public int ApiPermitLimit { get; set; } = 120;

    public int ApiWindowSeconds { get; set; } = 60;
}

/// <summary>Fills in the default index folder from the database it indexes, so two databases never share one.</summary>
internal sealed class SearchOptionsSetup(IHostEnvironment environment, IOptions<DatabaseOptions> database) : IPostConfigureOptions<SearchOptions>
{
    public void PostConfigure(string? name, SearchOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.IndexPath))
        {
            options.IndexPath = Path.GetFullPath(options.IndexPath, environment.ContentRootPath);
            return;
        }

        options.IndexPath = Path.Combine(environment.ContentRootPath, "App_Data", "search", DatabaseKey(database.Value));
    }

    /// <summary>Provider and a hash of where the data lives (host, port, database or file), never of credentials.</summary>
    public static string DatabaseKey(DatabaseOptions database)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString ?? string.Empty };
        var where = string.Join(
            ";",
            new[] { "host", "server", "port", "database", "data source", "datasource", "filename" }
                .Select(k => builder.TryGetValue(k, out var v) ? $"{k}={v}" : string.Empty));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(where)))[..16];
        return $"{database.Provider.ToString().ToLowerInvariant()}-{hash}";
    }
}
