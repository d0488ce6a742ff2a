using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The schemes of enabled modules, and 相談したい (undecided), which Proposals owns.</summary>
internal sealed class ProposalSchemes(IEnumerable<IProposalScheme> schemes, IFeatureManager features)
{
    public const string Undecided = "undecided";

    public static readonly SchemeChoice UndecidedChoice = new(
        Undecided,
        new("まだ決めていない（デスクに相談したい）", "Not decided yet (consult the desk)"),
        new("どの手法がよいか、公民連携デスクが一緒に考えます。", "The desk will help you find the right way to work together."));

    /// <summary>The scheme with this id while its module is enabled, or null.</summary>
    public IProposalScheme? FindEnabled(string id) => EnabledSchemes().FirstOrDefault(s => s.Descriptor.Id == id);

    public IReadOnlyList<SchemeChoice> Enabled() =>
        EnabledSchemes()
            .Select(s => s.Descriptor)
            .OrderBy(d => d.Order)
            .Select(d => new SchemeChoice(d.Id, d.Name, d.Description))
            .Append(UndecidedChoice)
            .ToList();

    public SchemeChoice? Find(string id) =>
        schemes.Select(s => s.Descriptor).Where(d => d.Id == id).Select(d => new SchemeChoice(d.Id, d.Name, d.Description)).FirstOrDefault()
        ?? (id == Undecided ? UndecidedChoice : null);

    private IEnumerable<IProposalScheme> EnabledSchemes() => schemes.Where(s => features.IsEnabled(s.GetType().Assembly));
}
