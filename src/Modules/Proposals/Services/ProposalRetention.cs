using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Removes the personal data of closed proposals once the retention period in the settings has passed since they
/// closed, and keeps the record (情報公開): receipt number, title, stage, dates, scheme, kind, department, decisions,
/// answer and the desk's messages. A proposal is closed in the stages 回答済み, 完了 and 取り下げ (one that goes on to a
/// partnership or pilot is 実施中 while it runs); the period counts from <see cref="Proposal.StageChangedUtc"/>, the
/// time it entered that stage. Each proposal is done once, in one transaction with one audit entry. Ended 事前相談
/// lose their contact details and question after the same period from their submission.
/// </summary>
internal sealed class ProposalRetention(
    ProposalsDbContext db, ProposalSettingsStore settings, AmbientTransaction ambient, IAuditTrail audit, TimeProvider clock, ILogger<ProposalRetention> logger)
{
    public const int DefaultYears = 5;
    public const int MaxYears = 30;
    public const string AuditAction = "PersonalDataRemoved";

    /// <summary>What replaces removed text: stored once, in the records' language.</summary>
    public const string RemovedMark = "（保存期間経過により削除）";

    private const int Batch = 50;

    /// <summary>Removes what fell due, in batches; returns how many proposals were done.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var years = (await settings.GetAsync(cancellationToken))?.PersonalDataRetentionYears ?? DefaultYears;
        if (years <= 0)
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime.AddYears(-years);
        var total = 0;
        while (true)
        {
            var ids = await Due(db.Proposals.AsNoTracking(), cutoff).OrderBy(p => p.StageChangedUtc).ThenBy(p => p.Id)
                .Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            foreach (var id in ids)
            {
                total += await RemoveAsync(id, years, cutoff, cancellationToken) ? 1 : 0;
            }
        }

        if (total > 0)
        {
            logger.LogInformation("Retention: personal data of {Count} closed proposal(s) removed ({Years} years after closing)", total, years);
        }

        // 事前相談 that ended (closed, or became a proposal that keeps its own data) lose their contact details and question.
        var consultations = await db.Consultations
            .Where(c => (c.Status == ConsultationStatus.Closed || c.Status == ConsultationStatus.Proposed) && c.SubmittedUtc < cutoff && c.ContactEmail != string.Empty)
            .ExecuteUpdateAsync(
                x => x.SetProperty(c => c.ContactName, RemovedMark).SetProperty(c => c.ContactEmail, string.Empty)
                    .SetProperty(c => c.ContactPhone, string.Empty).SetProperty(c => c.Question, RemovedMark),
                cancellationToken);
        if (consultations > 0)
        {
            await audit.RecordAsync(new AuditRecord(ProposalsModule.Id, AuditAction, nameof(PreConsultation), "*", null, $"{{\"count\":{consultations},\"years\":{years}}}"), cancellationToken);
        }

        return total;
    }

    private static IQueryable<Proposal> Due(IQueryable<Proposal> proposals, DateTime cutoff) =>
        proposals.Where(p => (p.Stage == ProposalStage.Answered || p.Stage == ProposalStage.Completed || p.Stage == ProposalStage.Withdrawn)
            && p.StageChangedUtc < cutoff && p.PersonalDataRemovedUtc == null);

    /// <summary>False when another node did it first or the proposal moved on meanwhile.</summary>
    private async Task<bool> RemoveAsync(long id, int years, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var joined = ambient.Use(transaction);
        var p = await db.Proposals.AsNoTracking().FirstAsync(x => x.Id == id, cancellationToken);
        var organizations = JsonSerializer.Deserialize<List<ProposalOrganization>>(p.OrganizationsJson, ProposalJson.Options) ?? [];

        // The record's texts are cleaned while the name, address and phone are still known: a later disclosure copy cannot find them.
        var redactor = new DisclosureRedactor(p, organizations, RemovedMark);
        if (DisclosureRedactor.NamesArePersonal(p))
        {
            organizations = organizations.Select(o => o with { Name = RemovedMark }).ToList();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var unusableToken = RandomNumberGenerator.GetBytes(32);
        var organizationsJson = JsonSerializer.Serialize(organizations, ProposalJson.Options);
        var searchText = ProposalInbox.SearchTextOf(p.ReceiptNumber, p.Title, organizations.Select(o => o.Name));
        var (summary, details, proposerResources, cityResources) = (redactor.Text(p.Summary), redactor.Text(p.Details), redactor.Text(p.ProposerResources), redactor.Text(p.CityResources));
        var (benefits, period, place) = (redactor.Text(p.ExpectedBenefits), redactor.Text(p.DesiredPeriod), redactor.Text(p.DesiredPlace));
        var answer = p.AnswerText is null ? null : redactor.Text(p.AnswerText);
        // What an editor-added question holds is unknown: its answers go, its labels stay.
        var editorFields = ProposalFormTemplate.Serialize(
            [.. ProposalFormTemplate.Answers(p.EditorFieldsJson).Select(a => a with { Value = string.Empty, Text = new(RemovedMark, RemovedMark) })]);
        var done = await Due(db.Proposals.Where(x => x.Id == id), cutoff).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.ContactName, RemovedMark)
                .SetProperty(x => x.ContactKana, string.Empty)
                .SetProperty(x => x.ContactDepartment, string.Empty)
                .SetProperty(x => x.ContactEmail, string.Empty)
                .SetProperty(x => x.ContactPhone, string.Empty)
                .SetProperty(x => x.TrackingTokenHash, unusableToken)
                .SetProperty(x => x.OrganizationsJson, organizationsJson)
                .SetProperty(x => x.SearchText, searchText)
                .SetProperty(x => x.Summary, summary)
                .SetProperty(x => x.Details, details)
                .SetProperty(x => x.ProposerResources, proposerResources)
                .SetProperty(x => x.CityResources, cityResources)
                .SetProperty(x => x.ExpectedBenefits, benefits)
                .SetProperty(x => x.DesiredPeriod, period)
                .SetProperty(x => x.DesiredPlace, place)
                .SetProperty(x => x.AnswerText, answer)
                .SetProperty(x => x.EditorFieldsJson, editorFields)
                .SetProperty(x => x.PersonalDataRemovedUtc, now),
            cancellationToken);
        if (done == 0)
        {
            return false;
        }

        var messages = await db.Messages.Where(m => m.ProposalId == id && m.Author == MessageAuthor.Proposer)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, RemovedMark), cancellationToken);
        foreach (var desk in await db.Messages.AsNoTracking().Where(m => m.ProposalId == id && m.Author == MessageAuthor.Desk).Select(m => new { m.Id, m.Body }).ToListAsync(cancellationToken))
        {
            var body = redactor.Text(desk.Body);
            if (body != desk.Body)
            {
                await db.Messages.Where(m => m.Id == desk.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, body), cancellationToken);
            }
        }

        // File names may name people too; the row stays (that a file was sent, when, its size), its bytes go.
        var files = await db.Files.Where(f => f.ProposalId == id && f.UploadedBy == MessageAuthor.Proposer)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Data, Array.Empty<byte>()).SetProperty(f => f.FileName, RemovedMark), cancellationToken);
        var after = JsonSerializer.Serialize(new { retentionYears = years, closed = p.Stage.ToString(), closedUtc = p.StageChangedUtc, proposerMessages = messages, proposerFiles = files }, ProposalJson.Options);
        await audit.RecordAsync(new AuditRecord(ProposalsModule.Id, AuditAction, nameof(Proposal), id.ToString(CultureInfo.InvariantCulture), null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
