using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

/// <summary>A recipe's flow on a site it seeded earlier: replaced while untouched, else drafted beside staff's work.</summary>
public sealed class SeedUpgradeTests
{
    private const string Name = "seeded";

    private static readonly string First = OneTask("Seeded");
    private static readonly string Second = OneTask("Seeded", ("role", "DeskStaff"), ("dueIn", "P3D"));
    private static readonly string Third = OneTask("Seeded", ("role", "DeskStaff"), ("dueIn", "P5D"));
    private static readonly string StaffEdit = OneTask("Seeded", ("role", "DepartmentStaff"));

    [Fact]
    public async Task An_untouched_seeded_version_with_only_finished_instances_is_replaced_and_the_same_file_again_changes_nothing()
    {
        var audit = new RecordingAuditTrail();
        await using var h = Harness(audit);
        Assert.Equal(SeedOutcome.Created, (await SeedAsync(h, First)).Outcome);
        var finished = Assert.Single((await h.PublishAsync("Seeded", "case-1")).StartedInstances);
        Assert.True((await h.CompleteAsync((await h.OpenTaskAsync(finished, "review")).Id, "approve")).Succeeded);

        var upgraded = await SeedAsync(h, Second);

        Assert.Equal((SeedOutcome.Published, 2), (upgraded.Outcome, upgraded.Version));
        var versions = await VersionsAsync(h);
        Assert.Equal([(1, DefinitionVersionStatus.Retired), (2, DefinitionVersionStatus.Published)], versions.Select(v => (v.Version, v.Status)));
        Assert.Equal(Second, versions[1].Xml);
        Assert.Equal((1, InstanceStatus.Completed), ((await h.InstanceAsync(finished)).Instance.DefinitionVersion, (await h.InstanceAsync(finished)).Instance.Status));
        Assert.Equal("RecipePublished", Assert.Single(audit.Records).Action);

        Assert.Equal(SeedOutcome.Unchanged, (await SeedAsync(h, Second.ReplaceLineEndings("\r\n"))).Outcome);
        Assert.Equal(2, (await VersionsAsync(h)).Count);
        Assert.Single(audit.Records);

        // A published version is no draft: nothing to discard.
        Assert.False((await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().DiscardDraftAsync(Name))).Succeeded);
    }

    [Fact]
    public async Task A_version_staff_edited_gets_the_new_one_as_a_draft_with_a_notice_which_a_later_file_updates_in_place()
    {
        var audit = new RecordingAuditTrail();
        await using var h = Harness(audit);
        await SeedAsync(h, First);
        await StaffPublishAsync(h, StaffEdit);

        var drafted = await SeedAsync(h, Second);

        Assert.Equal((SeedOutcome.Drafted, 3, "edited"), (drafted.Outcome, drafted.Version, drafted.Reason));
        var detail = await DetailAsync(h);
        Assert.Equal(2, detail.Definition.PublishedVersion);
        Assert.Equal(new SeedNotice(3, 2, null), SeedNotice.For(detail));
        Assert.Equal(SeedOutcome.Unchanged, (await SeedAsync(h, Second)).Outcome);

        var again = await SeedAsync(h, Third);
        Assert.Equal((SeedOutcome.Drafted, 3), (again.Outcome, again.Version));
        Assert.Equal(Third, (await DetailAsync(h)).LatestXml);
        Assert.Equal(["RecipeDrafted", "RecipeDrafted"], audit.Records.Select(r => r.Action));

        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().PublishAsync(Name, 3, "sato"));
        Assert.Null(SeedNotice.For(await DetailAsync(h)));
    }

    [Fact]
    public async Task Staff_editing_the_recipes_draft_make_it_theirs_so_the_notice_goes_and_the_next_file_drafts_beside_it()
    {
        await using var h = Harness(new RecordingAuditTrail());
        await SeedAsync(h, First);
        await StaffPublishAsync(h, StaffEdit);
        await SeedAsync(h, Second);
        Assert.NotNull(SeedNotice.For(await DetailAsync(h)));

        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().SaveDraftAsync(Name, Third, "sato"));

        var detail = await DetailAsync(h);
        Assert.Null(SeedNotice.For(detail));
        Assert.False(detail.Versions.Single(v => v.Version == 3).Seeded);
        var next = await SeedAsync(h, OneTask("Seeded", ("role", "DeskStaff"), ("dueIn", "P7D")));
        Assert.Equal((SeedOutcome.Drafted, 4), (next.Outcome, next.Version));
        Assert.Equal(Third, (await VersionsAsync(h)).Single(v => v.Version == 3).Xml);
    }

    [Fact]
    public async Task A_running_instance_keeps_the_seeded_version_published_until_it_ends_then_the_next_file_replaces_it()
    {
        await using var h = Harness(new RecordingAuditTrail());
        await SeedAsync(h, First);
        var running = Assert.Single((await h.PublishAsync("Seeded", "case-1")).StartedInstances);

        var drafted = await SeedAsync(h, Second);

        Assert.Equal((SeedOutcome.Drafted, 2, "instances"), (drafted.Outcome, drafted.Version, drafted.Reason));
        Assert.Equal(1, (await DetailAsync(h)).Definition.PublishedVersion);
        Assert.Equal(new SeedNotice(2, 1, null), SeedNotice.For(await DetailAsync(h)));

        Assert.True((await h.CompleteAsync((await h.OpenTaskAsync(running, "review")).Id, "approve")).Succeeded);
        var published = await SeedAsync(h, Third);

        Assert.Equal((SeedOutcome.Published, 2), (published.Outcome, published.Version));
        Assert.Equal([(1, DefinitionVersionStatus.Retired), (2, DefinitionVersionStatus.Published)], (await VersionsAsync(h)).Select(v => (v.Version, v.Status)));
        Assert.Null(SeedNotice.For(await DetailAsync(h)));
    }

    [Fact]
    public async Task Staffs_own_draft_is_kept_and_discarding_the_recipes_draft_brings_it_back_for_good()
    {
        await using var h = Harness(new RecordingAuditTrail());
        await SeedAsync(h, First);
        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().SaveDraftAsync(Name, StaffEdit, "sato"));

        var drafted = await SeedAsync(h, Second);

        Assert.Equal((SeedOutcome.Drafted, 3, "staffDraft"), (drafted.Outcome, drafted.Version, drafted.Reason));
        Assert.Equal(new SeedNotice(3, 1, 2), SeedNotice.For(await DetailAsync(h)));
        var discarded = await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().DiscardDraftAsync(Name));
        Assert.Equal(2, discarded.Version);
        var detail = await DetailAsync(h);
        Assert.Equal((2, StaffEdit), (detail.Definition.LatestVersion, detail.LatestXml));
        Assert.Null(SeedNotice.For(detail));

        Assert.Equal(SeedOutcome.Unchanged, (await SeedAsync(h, Second)).Outcome);
        Assert.Equal(2, (await DetailAsync(h)).Definition.LatestVersion);
    }

    [Fact]
    public async Task A_site_seeded_before_hashes_were_kept_only_remembers_the_same_file_and_gets_a_changed_one_published()
    {
        await using var h = Harness(new RecordingAuditTrail());
        // What the recipe step did before: imported and published by no one, without hashes.
        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ImportAsync(Name, "標準", "Standard", First, user: null, publish: true));
        await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().ImportAsync("other", "他", "Other", First, user: null, publish: true));

        Assert.Equal(SeedOutcome.Recorded, (await SeedAsync(h, First)).Outcome);
        Assert.Equal(SeedOutcome.Unchanged, (await SeedAsync(h, First)).Outcome);
        Assert.Single(await VersionsAsync(h));

        var upgraded = await h.WithAsync(sp => sp.GetRequiredService<WorkflowSeeder>().SeedAsync("other", "他", "Other", Second, publish: true));
        Assert.Equal((SeedOutcome.Published, 2), (upgraded.Outcome, upgraded.Version));
    }

    private static WorkflowHarness Harness(RecordingAuditTrail audit) => new(s => s.AddSingleton<IAuditTrail>(audit));

    private static Task<SeedResult> SeedAsync(WorkflowHarness h, string xml) =>
        h.WithAsync(sp => sp.GetRequiredService<WorkflowSeeder>().SeedAsync(Name, "標準", "Standard", xml, publish: true));

    private static Task StaffPublishAsync(WorkflowHarness h, string xml) => h.WithAsync(async sp =>
    {
        var store = sp.GetRequiredService<WorkflowDefinitionStore>();
        var saved = await store.SaveDraftAsync(Name, xml, "sato");
        return await store.PublishAsync(Name, saved.Version!.Value, "sato");
    });

    private static Task<DefinitionDetail> DetailAsync(WorkflowHarness h) =>
        h.WithAsync(async sp => (await sp.GetRequiredService<WorkflowDefinitionStore>().GetAsync(Name))!);

    private static Task<List<WorkflowDefinitionVersion>> VersionsAsync(WorkflowHarness h) => h.WithAsync(sp =>
    {
        var db = sp.GetRequiredService<WorkflowsDbContext>();
        return db.Versions.AsNoTracking().Where(v => db.Definitions.Any(d => d.Id == v.DefinitionId && d.Name == Name)).OrderBy(v => v.Version).ToListAsync();
    });
}

/// <summary>The audit records written outside the automatic ones (the harness's context has no audit interceptor).</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    public List<AuditRecord> Records { get; } = [];

    public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecordView>> GetRecentAsync(int count, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditEntityRecord>> ForEntitiesAsync(IReadOnlyCollection<AuditEntityKey> entities, int max, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
