using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenCityAomori.UnitTests.Build;

/// <summary>The test build (scripts/test.sh) compiles OpenCityAomori.Tests.slnf: it must hold every project but the benchmarks.</summary>
public sealed partial class SolutionFilterTests
{
    [Fact]
    public void The_test_builds_filter_lists_every_project_of_the_solution_except_the_benchmarks()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenCityAomori.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var solution = ProjectPattern().Matches(File.ReadAllText(Path.Combine(root.FullName, "OpenCityAomori.sln"))).Select(m => m.Groups[1].Value).ToHashSet();
        using var filter = JsonDocument.Parse(File.ReadAllText(Path.Combine(root.FullName, "OpenCityAomori.Tests.slnf")));
        var filtered = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()!).ToHashSet();

        Assert.Equal(solution.Where(p => !p.StartsWith("bench", StringComparison.Ordinal)).Order(), filtered.Order());
    }

    [GeneratedRegex("Project\\(\"\\{[^}]+\\}\"\\) = \"[^\"]+\", \"([^\"]+\\.csproj)\"")]
    private static partial Regex ProjectPattern();
}
