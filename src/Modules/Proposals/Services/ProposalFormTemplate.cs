using System.Text.Json;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Declares the proposal form to Forms, so editors can add questions to it: the core fields are locked (Proposals
/// renders them, and their options come from Proposals when the form is shown); the answers to the added questions
/// are validated by Forms and kept on the proposal.
/// </summary>
internal sealed class ProposalFormTemplate : IFormTemplateProvider
{
    public const string FormName = "proposal";

    public IEnumerable<LockedFormTemplate> Templates { get; } =
    [
        new(FormName, new("民間提案の応募", "Propose a collaboration"), ProposalRoutes.FormUrl(Cultures.Japanese),
        [
            new("kind", FormFieldKind.Select, new("提案の種類", "Kind of proposal"), true),
            new("challenge", FormFieldKind.Select, new("提案する課題", "Challenge"), false),
            new("scheme", FormFieldKind.Select, new("希望する連携の手法", "How you would like to work with the city"), true),
            new("applicant_type", FormFieldKind.Select, new("提案者の区分", "Kind of proposer"), true),
        ]),
    ];

    public static string Serialize(IReadOnlyList<EditorFieldAnswer> answers) => JsonSerializer.Serialize(answers, ProposalJson.Options);

    public static IReadOnlyList<EditorFieldAnswer> Answers(string json) =>
        JsonSerializer.Deserialize<List<EditorFieldAnswer>>(json, ProposalJson.Options) ?? [];
}
