using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.Modules.Workflows.Recipes;

/// <summary>
/// Recipe step "workflows": <c>{"name":"workflows","items":[{"name":"…","titleJa":"…","titleEn":"…","file":"workflows/x.bpmn","publish":true}]}</c>.
/// A definition whose name exists is left as staff edited it, so running the recipe again changes nothing.
/// </summary>
internal sealed class WorkflowsRecipeStep(WorkflowsDbContext db, WorkflowDefinitionStore store) : IRecipeStep
{
    public string Name => "workflows";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!context.Step.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            var name = Required(item, "name");
            if (await db.Definitions.AnyAsync(d => d.Name == name, cancellationToken))
            {
                continue;
            }

            var xml = context.ReadFile(Required(item, "file"));
            var publish = item.TryGetProperty("publish", out var p) && p.ValueKind == JsonValueKind.True;
            var result = await store.ImportAsync(name, Optional(item, "titleJa") ?? name, Optional(item, "titleEn") ?? name, xml, user: null, publish, cancellationToken);
            if (!result.Succeeded)
            {
                var problems = result.Problems.Count > 0 ? string.Join("; ", result.Problems) : result.Error?.En;
                throw new InvalidOperationException($"Recipe workflow '{name}' is not valid: {problems}");
            }
        }
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw new InvalidOperationException($"Recipe workflow item lacks '{name}'.");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
