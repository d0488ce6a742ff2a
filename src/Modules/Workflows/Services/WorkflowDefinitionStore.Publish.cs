using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

internal sealed partial class WorkflowDefinitionStore
{
    /// <summary>Publishes a version (refused while it has any problem); the previously published one is retired.</summary>
    public async Task<DefinitionSaveResult> PublishAsync(string name, int version, string? user, CancellationToken cancellationToken = default)
    {
        var definition = await db.Definitions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (definition is null)
        {
            return DefinitionSaveResult.Failed(NotFound(name));
        }

        var versions = await db.Versions.Where(v => v.DefinitionId == definition.Id && (v.Version == version || v.Status == DefinitionVersionStatus.Published)).ToListAsync(cancellationToken);
        var target = versions.Find(v => v.Version == version);
        if (target is null)
        {
            return DefinitionSaveResult.Failed(new($"バージョン{version}はありません。", $"There is no version {version}."));
        }

        var problems = validator.Validate(target.Xml).Problems;
        if (problems.Count > 0)
        {
            return new(false, version, problems);
        }

        if (target.Status == DefinitionVersionStatus.Published)
        {
            return new(true, version, []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var previous in versions.Where(v => v.Status == DefinitionVersionStatus.Published))
        {
            previous.Status = DefinitionVersionStatus.Retired;
            previous.UpdatedUtc = now;
        }

        target.Status = DefinitionVersionStatus.Published;
        target.PublishedBy = user;
        target.PublishedUtc = now;
        target.UpdatedUtc = now;
        definition.PublishedVersion = version;
        definition.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        models.Forget(target.Id);
        triggers.Invalidate();
        return new(true, version, []);
    }

    /// <summary>
    /// Discards the draft (the latest version, when it is one and an earlier version exists): the version
    /// before it becomes the latest again, which the designer then opens.
    /// </summary>
    public async Task<DefinitionSaveResult> DiscardDraftAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = await db.Definitions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (definition is null)
        {
            return DefinitionSaveResult.Failed(NotFound(name));
        }

        var draft = await db.Versions.FirstOrDefaultAsync(v => v.DefinitionId == definition.Id && v.Version == definition.LatestVersion, cancellationToken);
        var previous = await db.Versions.Where(v => v.DefinitionId == definition.Id && v.Version < definition.LatestVersion)
            .MaxAsync(v => (int?)v.Version, cancellationToken);
        if (draft is not { Status: DefinitionVersionStatus.Draft } || previous is null)
        {
            return DefinitionSaveResult.Failed(new("破棄できる下書きはありません（最初の版は破棄できません）。", "There is no draft to discard (the first version cannot be discarded)."));
        }

        db.Versions.Remove(draft);
        definition.LatestVersion = previous.Value;
        definition.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        models.Forget(draft.Id);
        return new(true, previous, []);
    }

    /// <summary>
    /// Imports a .bpmn file: a new definition, or a new draft of an existing one; published at once when
    /// asked and valid. Files that are not XML, not BPMN or use unsupported elements are refused.
    /// </summary>
    public async Task<DefinitionSaveResult> ImportAsync(string name, string titleJa, string titleEn, string xml, string? user, bool publish = false, CancellationToken cancellationToken = default)
    {
        var result = await db.Definitions.AnyAsync(d => d.Name == name, cancellationToken)
            ? await SaveDraftAsync(name, xml, user, cancellationToken: cancellationToken)
            : await CreateAsync(name, titleJa, titleEn, xml, user, cancellationToken);
        if (!result.Succeeded || !publish)
        {
            return result;
        }

        return await PublishAsync(name, result.Version!.Value, user, cancellationToken);
    }

    /// <summary>Activities, events, roles and departments for the designer's side panel.</summary>
    public async Task<DesignerCatalog> CatalogAsync(CancellationToken cancellationToken = default)
    {
        var events = eventSources.Where(s => features.IsEnabled(s.GetType().Assembly)).SelectMany(s => s.Events)
            .GroupBy(e => e.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var roleNames = await directory.RoleNamesAsync(cancellationToken);
        var roles = roleNames.Select(r => new CatalogRole(r, RoleNames.BuiltIn.TryGetValue(r, out var label) ? label : new LocalizedText(r, r))).ToList();
        var departments = (await directory.DepartmentsAsync(cancellationToken))
            .Where(d => d.IsActive).Select(d => new CatalogDepartment(d.Code, d.Name)).ToList();
        var activityList = activities.Enabled.OrderBy(a => a.Name, StringComparer.Ordinal).ToList<IWorkflowActivity>();
        return new(activityList, events, roles, departments);
    }
}
