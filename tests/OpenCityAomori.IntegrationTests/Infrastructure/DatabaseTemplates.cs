using System.Collections.Concurrent;

namespace OpenCityAomori.IntegrationTests.Infrastructure;

/// <summary>
/// One template database per provider and content, prepared by a real host the first time a test
/// asks for it and copied for every test after that: migrating every module and running the Aomori
/// recipe once per run instead of once per host. The templates are removed when the test run ends.
/// </summary>
internal static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<(string Provider, DatabaseContent Content), Lazy<Task<TestDatabase>>> Templates = new();

    static DatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    public static Task<TestDatabase> GetAsync(string provider, DatabaseContent content) =>
        Templates.GetOrAdd((provider, content), key => new(() => PrepareAsync(key.Provider, key.Content))).Value;

    private static async Task<TestDatabase> PrepareAsync(string provider, DatabaseContent content)
    {
        var template = await TestDatabase.CreateAsync(provider);
        var recipe = content == DatabaseContent.AomoriSite ? "aomori" : string.Empty;
        await using (var host = new OcaAppFactory(template, recipe: recipe))
        {
            _ = host.Server;
        }

        // PostgreSQL copies a template only while nobody is connected to it; a SQLite file is whole once closed.
        TestDatabase.ClearPools();
        return template;
    }

    private static void RemoveAll()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            template.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
