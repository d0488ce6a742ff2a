using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>
/// Seeds the default flows enabled modules ship (a scheme's process) at every start, as the recipe step does for a
/// recipe's flows: new ones are imported and published, changed ones reach the site without overwriting staff's work.
/// </summary>
internal sealed class ModuleWorkflowTemplates(
    IEnumerable<IWorkflowTemplateProvider> providers, IFeatureManager features, WorkflowSeeder seeder, ILogger<ModuleWorkflowTemplates> logger) : IStartupTask
{
    /// <summary>After the roles the flows assign to (Users) and before the recipe.</summary>
    public int Order => 700;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var template in providers.Where(p => features.IsEnabled(p.GetType().Assembly)).SelectMany(p => p.Templates))
        {
            var result = await seeder.SeedAsync(template.Name, template.Title.Ja, template.Title.En, template.Xml, publish: true, cancellationToken);
            SeedReport.Log(logger, "Module workflow", template.Name, publish: true, result);
        }
    }
}

/// <summary>What a seeded flow's outcome means for start-up: refused stops it, the rest is logged.</summary>
internal static class SeedReport
{
    public static void Log(ILogger logger, string source, string name, bool publish, SeedResult result)
    {
        var problems = string.Join("; ", result.Problems);
        switch (result.Outcome)
        {
            case SeedOutcome.Refused:
                throw new InvalidOperationException($"{source} '{name}' is not valid: {(problems.Length > 0 ? problems : result.Error)}");
            case SeedOutcome.Published:
                logger.LogInformation("{Source} {Name}: version {Version} replaced the seeded one and is published.", source, name, result.Version);
                break;
            case SeedOutcome.Drafted:
                logger.LogInformation("{Source} {Name}: version {Version} was added as a draft ({Reason}) {Problems}", source, name, result.Version, result.Reason, problems);
                break;
            case SeedOutcome.Created when publish && result.Problems.Count > 0:
                // An activity of a disabled module, for instance: the draft waits for staff, start-up goes on.
                logger.LogWarning("{Source} {Name} was imported as a draft, not published: {Problems}", source, name, problems);
                break;
        }
    }
}
