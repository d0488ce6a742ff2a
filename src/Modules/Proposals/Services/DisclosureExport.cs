using System.Globalization;
using System.Text.Json;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Data;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// The disclosure copy of a proposal (情報公開): personal data replaced by one mark, what the proposer marked
/// confidential by another, answers to added questions, files and messages withheld unless staff released them. Every copy made is audited
/// with what it released.
/// </summary>
internal sealed class DisclosureExport(
    ProposalsDbContext db, ProposalDisclosure disclosure, ProposalSchemes schemes, IUserDirectory directory, IAuditTrail audit, TimeProvider clock)
{
    public const string AuditAction = "DisclosureExport";

    public async Task<DisclosureDocument> ExportAsync(Proposal p, CancellationToken cancellationToken)
    {
        var organizations = JsonSerializer.Deserialize<List<ProposalOrganization>>(p.OrganizationsJson, ProposalJson.Options) ?? [];
        var confidential = JsonSerializer.Deserialize<List<string>>(p.ConfidentialFieldsJson, ProposalJson.Options) ?? [];
        var editorAnswers = ProposalFormTemplate.Answers(p.EditorFieldsJson);
        var released = await disclosure.ReleasedAsync(p.Id, cancellationToken);
        var conversation = await ProposalConversation.LoadAsync(db, p.Id, cancellationToken);
        var consultations = await disclosure.ConsultationsAsync(p.Id, cancellationToken);
        var redactor = new DisclosureRedactor(p, organizations);
        var document = new DisclosureDocument(
            p.Id,
            await SummaryAsync(p, cancellationToken),
            Organizations(p, organizations),
            Contact(),
            [.. Fields(p, confidential, redactor), .. EditorAnswers(editorAnswers, released, redactor)],
            conversation.Thread.Select(m => released.Contains(DisclosureKeys.Message(m.Message.Id))
                ? new DisclosureMessage(ProposalDisclosure.AuthorName(m.Message.Author), m.Message.CreatedUtc, redactor.Text(m.Message.Body), false)
                : new DisclosureMessage(ProposalDisclosure.AuthorName(m.Message.Author), m.Message.CreatedUtc, DisclosureRedactor.WithheldMark, true)).ToList(),
            ProposalDisclosure.Items(conversation, [], released).Where(i => !i.Key.StartsWith("message:", StringComparison.Ordinal)).Select(i => new DisclosureLine(
                i.Detail,
                i.Confidential ? DisclosureRedactor.ConfidentialMark : i.Released ? i.Label : DisclosureRedactor.WithheldMark,
                !i.Released)).ToList(),
            consultations.Select(c => new DisclosureLine(c.ConsultedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ProposalDisclosure.MethodName(c.Method), false)).ToList(),
            p.Title,
            clock.GetUtcNow().UtcDateTime);

        var after = JsonSerializer.Serialize(new { released = released.Order(StringComparer.Ordinal), consultationRecorded = consultations.Count > 0 }, ProposalJson.Options);
        await audit.RecordAsync(
            new AuditRecord(ProposalsModule.Id, AuditAction, nameof(Proposal), p.Id.ToString(CultureInfo.InvariantCulture), null, after),
            cancellationToken);
        return document;
    }

    private async Task<IReadOnlyList<DisclosureLine>> SummaryAsync(Proposal p, CancellationToken cancellationToken)
    {
        var english = Cultures.Current == Cultures.English;
        var scheme = schemes.Find(p.Scheme);
        var department = p.LeadDepartmentCode is { Length: > 0 } code
            ? (await directory.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Code == code)?.Name.Current ?? code
            : Cultures.T("未設定", "Not set");
        return
        [
            new(Cultures.T("受付番号", "Receipt number"), p.ReceiptNumber, false),
            new(Cultures.T("件名", "Title"), p.Title, false),
            new(Cultures.T("受付日時（日本時間）", "Received (JST)"), JapanTime.Format(p.SubmittedUtc), false),
            new(Cultures.T("提案の種類", "Kind"), StageText.Kind(p.Kind, english) + (p.ChallengeTitle is { } c ? Cultures.T($"（{c}）", $" ({c})") : string.Empty), false),
            new(Cultures.T("連携の手法", "Scheme"), scheme?.Name.Current ?? p.Scheme, false),
            new(Cultures.T("段階", "Stage"), StageText.Stage(p.Stage, null, english), false),
            new(Cultures.T("担当課", "Lead department"), department, false),
            new(Cultures.T("回答日時（日本時間）", "Answered (JST)"), JapanTime.Format(p.AnsweredUtc), false),
            new(Cultures.T("提案者の区分", "Kind of proposer"), StageText.Applicant(p.ApplicantType, english), false),
        ];
    }

    private static List<DisclosureLine> Organizations(Proposal p, List<ProposalOrganization> organizations) =>
        organizations.Select((o, i) => new DisclosureLine(
            i == 0 ? Cultures.T("法人・団体名", "Organisation") : Cultures.T($"共同提案者{i}", $"Joint proposer {i}"),
            (DisclosureRedactor.NamesArePersonal(p) ? DisclosureRedactor.PersonalMark : o.Name)
                + (o.CorporateNumber is { } n ? Cultures.T($"（法人番号 {n}）", $" (corporate number {n})") : string.Empty),
            DisclosureRedactor.NamesArePersonal(p))).ToList();

    /// <summary>The contact person's data, always withheld: shown as marks, so a reader sees what was taken out.</summary>
    private static List<DisclosureLine> Contact() =>
    [
        new(Cultures.T("担当者名", "Name"), DisclosureRedactor.PersonalMark, true),
        new(Cultures.T("ふりがな", "Reading of the name"), DisclosureRedactor.PersonalMark, true),
        new(Cultures.T("部署名", "Department"), DisclosureRedactor.PersonalMark, true),
        new(Cultures.T("メールアドレス", "E-mail address"), DisclosureRedactor.PersonalMark, true),
        new(Cultures.T("電話番号", "Phone number"), DisclosureRedactor.PersonalMark, true),
    ];

    /// <summary>What an added question holds is unknown: withheld unless staff released it, and redacted like any text then.</summary>
    private static IEnumerable<DisclosureLine> EditorAnswers(IReadOnlyList<EditorFieldAnswer> answers, IReadOnlySet<string> released, DisclosureRedactor redactor) =>
        answers.Where(a => a.Value.Length > 0).Select(a => released.Contains(DisclosureKeys.EditorField(a.Name))
            ? new DisclosureLine(a.Label.Current, redactor.Text(a.Text.Current), false)
            : new DisclosureLine(a.Label.Current, DisclosureRedactor.WithheldMark, true));

    private static List<DisclosureLine> Fields(Proposal p, List<string> confidential, DisclosureRedactor redactor)
    {
        var fields = new (string Name, LocalizedText Label, string? Value)[]
        {
            ("Summary", new("提案の概要", "Summary"), p.Summary),
            ("Details", new("提案の詳細", "Details"), p.Details),
            ("ProposerResources", new("提案者が提供するもの", "What the proposer contributes"), p.ProposerResources),
            ("CityResources", new("市に求めるもの", "What the proposer asks of the city"), p.CityResources),
            ("ExpectedBenefits", new("期待される効果", "Expected benefits"), p.ExpectedBenefits),
            ("DesiredPeriod", new("希望する時期・期間", "Desired period"), p.DesiredPeriod),
            ("DesiredPlace", new("希望する場所", "Desired place"), p.DesiredPlace),
            ("AnswerText", new("市の回答", "The city's answer"), p.AnswerText),
        };
        return fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => confidential.Contains(f.Name)
            ? new DisclosureLine(f.Label.Current, DisclosureRedactor.ConfidentialMark, true)
            : new DisclosureLine(f.Label.Current, redactor.Text(f.Value!), false)).ToList();
    }
}
