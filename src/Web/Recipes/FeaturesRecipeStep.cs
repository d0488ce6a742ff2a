using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Recipes;

namespace OpenCityAomori.Web.Recipes;

/// <summary>Recipe step "features": { "enable": [ids], "disable": [ids] }.</summary>
internal sealed class FeaturesRecipeStep(IFeatureManager features) : IRecipeStep
{
    public string Name => "features";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var id in Read(context, "enable"))
        {
            await features.EnableAsync(id, cancellationToken);
        }

        foreach (var id in Read(context, "disable"))
        {
            await features.DisableAsync(id, cancellationToken);
        }
    }

    private static IEnumerable<string> Read(RecipeStepContext context, string property) =>
        context.Step.TryGetProperty(property, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToList()
            : [];
}
