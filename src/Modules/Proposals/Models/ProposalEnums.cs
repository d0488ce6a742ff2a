namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>自由提案 (the proposer's own idea) or 課題提案 (an answer to a challenge the city published).</summary>
internal enum ProposalKind
{
    Free = 0,
    Challenge = 1,
}

/// <summary>Who may propose: the seed's scheme is open to organisations, not to private individuals.</summary>
internal enum ApplicantType
{
    Corporation = 0,
    Organization = 1,
    University = 2,
    SoleProprietor = 3,

    /// <summary>An individual (not a sole proprietor): offered on the form only to be refused with the seed's reason.</summary>
    Individual = 9,
}

/// <summary>How the proposal reached the desk.</summary>
internal enum ProposalChannel
{
    Online = 0,
    InPerson = 1,
    Phone = 2,
    Mail = 3,
}

/// <summary>Where the proposal stands, as the proposer reads it on the tracking page.</summary>
internal enum ProposalStage
{
    Received = 0,
    Reviewing = 1,
    AwaitingProposer = 2,
    DepartmentReview = 3,
    Answered = 4,
    InProgress = 5,
    Completed = 6,
    Withdrawn = 7,
}

/// <summary>Who wrote a message of the thread.</summary>
internal enum MessageAuthor
{
    Proposer = 0,
    Desk = 1,
}
