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
            var problems = string.Join("; ", result.Problems);
            switch (result.Outcome)
            {
                case SeedOutcome.Refused:
                    throw new InvalidOperationException($"Recipe workflow '{name}' is not valid: {(problems.Length > 0 ? problems : result.Error)}");
                case SeedOutcome.Published:
                    logger.LogInformation("Recipe workflow {Name}: version {Version} replaced the seeded one and is published.", name, result.Version);
                    break;
                case SeedOutcome.Drafted:
                    logger.LogInformation("Recipe workflow {Name}: version {Version} was added as a draft ({Reason}) {Problems}", name, result.Version, result.Reason, problems);
                    break;
                case SeedOutcome.Created when publish && result.Problems.Count > 0:
                    // An activity of a disabled module, for instance: the draft waits for staff, start-up goes on.
                    logger.LogWarning("Recipe workflow {Name} was imported as a draft, not published: {Problems}", name, problems);
                    break;
            }
        }
    }

    private static string Required(JsonElement item, string name) =>
        Optional(item, name) ?? throw new InvalidOperationException($"Recipe workflow item lacks '{name}'.");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
