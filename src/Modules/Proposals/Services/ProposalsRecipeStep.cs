using OpenCityAomori.Core.Recipes;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Recipe step "proposals": <c>{ "name": "proposals", "noticeVersion": "…", "noticeJa": "file", "noticeEn": "file" }</c>.
/// Sets the 留意事項 only when none is set, so staff edits survive a second run.
/// </summary>
internal sealed class ProposalsRecipeStep(ProposalSettingsStore settings) : IRecipeStep
{
    public string Name => "proposals";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (await settings.GetAsync(cancellationToken) is not null)
        {
            return;
        }

        var step = context.Step;
        await settings.SaveAsync(
            context.ReadFile(step.GetProperty("noticeJa").GetString()!).Trim(),
            context.ReadFile(step.GetProperty("noticeEn").GetString()!).Trim(),
            step.GetProperty("noticeVersion").GetString()!,
            null,
            null,
            cancellationToken);
    }
}
