using System.Text.Json;

namespace OpenCityAomori.Core.Recipes;

/// <summary>
/// A named step of a JSON recipe, contributed by a module. Steps must be idempotent:
/// running a recipe twice changes nothing the second time.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>
    /// True for a step that also brings a site set up earlier up to date: after the recipe's first run the
    /// host runs such steps again at every start-up, and the step itself finds what changed since it last ran.
    /// </summary>
    bool RunsAtEveryStart => false;

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

public sealed record RecipeStepContext(JsonElement Step, string RecipeDirectory)
{
    public string ReadFile(string relativePath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(RecipeDirectory));
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Recipe file '{relativePath}' is outside the recipe folder.");
        }

        return File.ReadAllText(full);
    }
}
