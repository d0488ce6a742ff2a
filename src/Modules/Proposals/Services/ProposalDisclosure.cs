using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// 情報公開 of a proposal, the staff side: the consultations of the proposer before a disclosure and the choice of
/// released answers to added questions, files and messages. Everything not released is withheld; a file the proposer marked confidential
/// cannot be released. Both are audited as they are saved (their entities are auditable).
/// </summary>
internal sealed class ProposalDisclosure(ProposalsDbContext db, TimeProvider clock)
{
    public const int OpinionMaxLength = 4000;

    public static readonly IReadOnlyList<(ConsultationMethod Method, LocalizedText Label)> Methods =
    [
        (ConsultationMethod.Email, new("電子メール", "E-mail")),
        (ConsultationMethod.Phone, new("電話", "Phone")),
        (ConsultationMethod.Letter, new("文書（郵送）", "Letter")),
        (ConsultationMethod.Thread, new("提案のメッセージ", "The proposal's messages")),
        (ConsultationMethod.Meeting, new("面談", "Meeting")),
    ];

    public static string Url(long proposalId) => ProposalRoutes.AdminUrl(proposalId) + "/disclosure";

    public static string MethodName(ConsultationMethod method) => Methods.First(m => m.Method == method).Label.Current;

    public Task<List<DisclosureConsultation>> ConsultationsAsync(long proposalId, CancellationToken cancellationToken) =>
        db.Set<DisclosureConsultation>().AsNoTracking().Where(c => c.ProposalId == proposalId)
            .OrderBy(c => c.ConsultedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<string>> ReleasedAsync(long proposalId, CancellationToken cancellationToken)
    {
        var release = await db.Set<DisclosureRelease>().AsNoTracking().FirstOrDefaultAsync(r => r.ProposalId == proposalId, cancellationToken);
        return (release is null ? null : JsonSerializer.Deserialize<HashSet<string>>(release.ReleasedKeysJson, ProposalJson.Options)) ?? [];
    }

    public async Task<DisclosurePage> PageAsync(Proposal proposal, ConsultationForm form, CancellationToken cancellationToken)
    {
        var conversation = await ProposalConversation.LoadAsync(db, proposal.Id, cancellationToken);
        return new(
            proposal.Id,
            proposal.ReceiptNumber,
            proposal.Title,
            await ConsultationsAsync(proposal.Id, cancellationToken),
            Items(conversation, ProposalFormTemplate.Answers(proposal.EditorFieldsJson), await ReleasedAsync(proposal.Id, cancellationToken)),
            form);
    }

    public async Task RecordConsultationAsync(long proposalId, DateOnly consultedOn, ConsultationMethod method, string opinion, string recordedBy, CancellationToken cancellationToken)
    {
        db.Add(new DisclosureConsultation
        {
            ProposalId = proposalId,
            ConsultedOn = consultedOn,
            Method = method,
            OpinionSummary = opinion,
            RecordedBy = recordedBy,
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stores the released items among those offered; keys of confidential or unknown items are dropped.</summary>
    public async Task ReleaseAsync(long proposalId, IEnumerable<string> keys, string updatedBy, CancellationToken cancellationToken)
    {
        var conversation = await ProposalConversation.LoadAsync(db, proposalId, cancellationToken);
        var editorFieldsJson = await db.Proposals.Where(p => p.Id == proposalId).Select(p => p.EditorFieldsJson).FirstAsync(cancellationToken);
        var releasable = Items(conversation, ProposalFormTemplate.Answers(editorFieldsJson), new HashSet<string>()).Where(i => !i.Confidential).Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var released = keys.Where(releasable.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var row = await db.Set<DisclosureRelease>().FirstOrDefaultAsync(r => r.ProposalId == proposalId, cancellationToken);
        if (row is null)
        {
            row = new DisclosureRelease { ProposalId = proposalId };
            db.Add(row);
        }

        row.ReleasedKeysJson = JsonSerializer.Serialize(released, ProposalJson.Options);
        row.UpdatedBy = updatedBy;
        row.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What staff may release, in the order a reader meets it: the answers to the questions editors added to the form,
    /// the proposal's files, then the thread.
    /// </summary>
    public static IReadOnlyList<DisclosureItem> Items(ProposalConversation conversation, IReadOnlyList<EditorFieldAnswer> editorAnswers, IReadOnlySet<string> released)
    {
        var items = editorAnswers
            .Where(a => a.Value.Length > 0)
            .Select(a => new DisclosureItem(
                DisclosureKeys.EditorField(a.Name), a.Label.Current, Cultures.T($"追加項目の回答：{Excerpt(a.Text.Current)}", $"Answer to an added question: {Excerpt(a.Text.Current)}"), false, released.Contains(DisclosureKeys.EditorField(a.Name))))
            .ToList();
        items.AddRange(conversation.SubmittedFiles.Select(f => File(f, Cultures.T("提案時の添付ファイル", "Attached to the proposal"), released)));
        foreach (var m in conversation.Thread)
        {
            var where = MessageName(m.Message);
            var key = DisclosureKeys.Message(m.Message.Id);
            items.Add(new(key, where, Excerpt(m.Message.Body), false, released.Contains(key)));
            items.AddRange(m.Files.Select(f => File(f, Cultures.T($"{where}の添付ファイル", $"Attached to: {where}"), released)));
        }

        return items;
    }

    public static string MessageName(ProposalMessage message) =>
        Cultures.T(
            $"{AuthorName(message.Author)}のメッセージ（{JapanTime.Format(message.CreatedUtc)}）",
            $"Message from {AuthorName(message.Author)} ({JapanTime.Format(message.CreatedUtc)})");

    public static string AuthorName(MessageAuthor author) => author == MessageAuthor.Proposer
        ? Cultures.T("提案者", "the proposer")
        : Cultures.T("市（公民連携デスク）", "the city (desk)");

    private static DisclosureItem File(ProposalFile file, string detail, IReadOnlySet<string> released)
    {
        var key = DisclosureKeys.File(file.Id);
        return new(key, file.FileName, detail, file.Confidential, !file.Confidential && released.Contains(key));
    }

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ");
        return line.Length <= 80 ? line : string.Concat(line.AsSpan(0, 80), "…");
    }
}
