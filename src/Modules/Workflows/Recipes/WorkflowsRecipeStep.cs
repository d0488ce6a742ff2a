using System.Text.Json;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.Modules.Workflows.Recipes;

/// <summary>
/// Recipe step "workflows": <c>{"name":"workflows","items":[{"name":"…","titleJa":"…","titleEn":"…","file":"workflows/x.bpmn","publish":true}]}</c>.
/// It runs at every start-up: a new item is imported, a changed file reaches a site seeded earlier without
/// overwriting staff's work (<see cref="WorkflowSeeder"/>), and the same file again changes nothing.
/// </summary>
internal sealed class WorkflowsRecipeStep(WorkflowSeeder seeder, ILogger<WorkflowsRecipeStep> logger) : IRecipeStep
{
    public string Name => "workflows";

    public bool RunsAtEveryStart => true;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!context.Step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            var name = Required(item, "name");
            var xml = context.ReadFile(Required(item, "file"));
            var publish = item.TryGetProperty("publish", out var p) && p.ValueKind == JsonValueKind.True;
            var result = await seeder.SeedAsync(name, Optional(item, "titleJa") ?? name, Optional(item, "titleEn") ?? name, xml, publish, cancellationToken);
            SeedReport.Log(logger, "Recipe workflow", name, publish, result);
        }
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw new InvalidOperationException($"Recipe workflow item lacks '{name}'.");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
