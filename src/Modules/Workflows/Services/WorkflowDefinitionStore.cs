using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Models;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>
/// Definitions and their versions: the latest version is the draft the designer edits (saved in place);
/// publishing freezes it, retires the previous published version and makes new events start it.
/// Running instances keep the version they started on.
/// </summary>
internal sealed partial class WorkflowDefinitionStore(
    WorkflowsDbContext db,
    BpmnValidator validator,
    TimeProvider clock,
    StartTriggerCache triggers,
    ProcessModelCache models,
    ActivityCatalog activities,
    IEnumerable<IWorkflowEventSource> eventSources,
    IFeatureManager features,
    IUserDirectory directory)
{
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var definitions = await db.Definitions.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var counts = await db.Instances.AsNoTracking()
            .Where(i => i.Status == InstanceStatus.Running || i.Status == InstanceStatus.Waiting || i.Status == InstanceStatus.Faulted)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return definitions.Select(d => Summary(d, counts.GetValueOrDefault(d.Id))).ToList();
    }

    public async Task<DefinitionDetail?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (definition is null)
        {
            return null;
        }

        var versions = await db.Versions.AsNoTracking().Where(v => v.DefinitionId == definition.Id).OrderByDescending(v => v.Version)
            .Select(v => new DefinitionVersionView(v.Id, v.Version, v.Status, v.CreatedBy, v.CreatedUtc, v.UpdatedUtc, v.PublishedBy, v.PublishedUtc, v.SeedHash != null))
            .ToListAsync(cancellationToken);
        var latestXml = await db.Versions.AsNoTracking().Where(v => v.DefinitionId == definition.Id && v.Version == definition.LatestVersion)
            .Select(v => v.Xml).FirstOrDefaultAsync(cancellationToken) ?? "";
        var active = await db.Instances.CountAsync(i => i.DefinitionId == definition.Id && (i.Status == InstanceStatus.Running || i.Status == InstanceStatus.Waiting || i.Status == InstanceStatus.Faulted), cancellationToken);
        return new(Summary(definition, active), versions, latestXml, validator.Validate(latestXml).Problems);
    }

    /// <summary>The XML of a version (the latest when <paramref name="version"/> is null), for export and the instance diagram.</summary>
    public async Task<DefinitionExport?> ExportAsync(string name, int? version = null, CancellationToken cancellationToken = default)
    {
        var row = await (from v in db.Versions.AsNoTracking()
                         join d in db.Definitions.AsNoTracking() on v.DefinitionId equals d.Id
                         where d.Name == name && v.Version == (version ?? d.LatestVersion)
                         select new { v.Version, v.Xml }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new($"{name}-v{row.Version}.bpmn", row.Xml);
    }

    public IReadOnlyList<BpmnProblem> Validate(string xml) => validator.Validate(xml).Problems;

    public async Task<DefinitionSaveResult> CreateAsync(string name, string titleJa, string titleEn, string? xml, string? user, CancellationToken cancellationToken = default)
    {
        name = (name ?? "").Trim();
        if (!NamePattern().IsMatch(name) || name.Length > 100)
        {
            return DefinitionSaveResult.Failed(new("名前は半角英小文字・数字・ハイフン（100文字以内）で入力してください。", "The name must be lowercase letters, digits and hyphens (100 characters at most)."));
        }

        if (string.IsNullOrWhiteSpace(titleJa) && string.IsNullOrWhiteSpace(titleEn))
        {
            return DefinitionSaveResult.Failed(new("タイトルを入力してください。", "Enter a title."));
        }

        if (await db.Definitions.AnyAsync(d => d.Name == name, cancellationToken))
        {
            return DefinitionSaveResult.Failed(new($"「{name}」という名前のワークフローは既にあります。", $"A workflow named '{name}' already exists."));
        }

        xml = string.IsNullOrWhiteSpace(xml) ? NewDiagram.Xml(name, titleJa.Trim()) : xml;
        var problems = validator.Validate(xml).Problems;
        if (problems.Any(p => p.Blocking))
        {
            return new(false, null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var definition = new WorkflowDefinition
        {
            Id = Guid.NewGuid(), Name = name, TitleJa = Title(titleJa, titleEn), TitleEn = Title(titleEn, titleJa), LatestVersion = 1, CreatedUtc = now, UpdatedUtc = now,
        };
        db.Definitions.Add(definition);
        db.Versions.Add(new WorkflowDefinitionVersion
        {
            Id = Guid.NewGuid(), DefinitionId = definition.Id, Version = 1, Xml = xml, Status = DefinitionVersionStatus.Draft, CreatedBy = user, CreatedUtc = now, UpdatedUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new(true, 1, problems);
    }

    /// <summary>
    /// Saves the designer's XML as the draft (the latest version when it is a draft, else a new version).
    /// Not XML, not BPMN or unsupported elements refuse the save; other problems are returned and block publication only.
    /// </summary>
    public async Task<DefinitionSaveResult> SaveDraftAsync(string name, string xml, string? user, string? titleJa = null, string? titleEn = null, CancellationToken cancellationToken = default)
    {
        var definition = await db.Definitions.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (definition is null)
        {
            return DefinitionSaveResult.Failed(NotFound(name));
        }

        var problems = validator.Validate(xml).Problems;
        if (problems.Any(p => p.Blocking))
        {
            return new(false, null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await db.Versions.FirstOrDefaultAsync(v => v.DefinitionId == definition.Id && v.Version == definition.LatestVersion, cancellationToken);
        if (draft is null || draft.Status != DefinitionVersionStatus.Draft)
        {
            draft = new WorkflowDefinitionVersion
            {
                Id = Guid.NewGuid(), DefinitionId = definition.Id, Version = definition.LatestVersion + 1, Status = DefinitionVersionStatus.Draft, CreatedBy = user, CreatedUtc = now,
            };
            db.Versions.Add(draft);
            definition.LatestVersion = draft.Version;
        }

        models.Forget(draft.Id);
        draft.Xml = xml;
        draft.UpdatedUtc = now;
        // Staff's edit makes a seeded draft theirs: the designer's "added by the recipe" notice goes.
        draft.SeedHash = null;
        draft.CreatedBy ??= user;
        if (!string.IsNullOrWhiteSpace(titleJa) || !string.IsNullOrWhiteSpace(titleEn))
        {
            definition.TitleJa = Title(titleJa, titleEn);
            definition.TitleEn = Title(titleEn, titleJa);
        }

        definition.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return new(true, draft.Version, problems);
    }

    private static DefinitionSummary Summary(WorkflowDefinition d, int active) =>
        new(d.Id, d.Name, d.TitleJa, d.TitleEn, d.LatestVersion, d.PublishedVersion, d.UpdatedUtc, active);

    // Titles are at most 200 characters in the table; an imported process name can be longer.
    private static string Title(string? preferred, string? other)
    {
        var title = (string.IsNullOrWhiteSpace(preferred) ? other ?? "" : preferred).Trim();
        return title.Length <= 200 ? title : title[..200];
    }

    private static LocalizedText NotFound(string name) => new($"ワークフロー「{name}」はありません。", $"There is no workflow named '{name}'.");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
