/**
 * Sentences of the kind agents write in support replies, each with one slot for a reference
 * (order, ticket, invoice, tracking or case number). The drafts fill every slot with a number
 * no other sentence uses, so a benchmark can build as many never-seen drafts as it needs.
 */
export interface SupportSentence {
  text: string;
  /** Wording the engine is meant to flag: defensive, blaming, dismissive, insincere, overpromising. */
  risky: boolean;
}

const neutral = [
  'Thanks for getting in touch about order {order}.',
  'I can see why the delay on order {order} has been frustrating, and I want to get this sorted for you today.',
  'I have checked your account and ticket {ticket} is now with our billing team.',
  'The refund for invoice {invoice} was issued this morning and should reach your card within three to five business days.',
  'Your replacement has shipped with tracking number {tracking}, and the courier expects to deliver it on Thursday.',
  'Could you send me a screenshot of the error you see when you open invoice {invoice}?',
  'I have added a note to case {ref} so that anyone on the team can pick it up without asking you to repeat yourself.',
  'I am sorry that the first parcel for order {order} arrived damaged.',
  'I have reset the password link for the account tied to ticket {ticket}, so the new email should arrive within a few minutes.',
  'If the link has expired by the time you open it, reply here and I will send a fresh one for case {ref}.',
  'I checked with our warehouse and order {order} left the building yesterday afternoon.',
  'You were charged twice for invoice {invoice}, and I have reversed the second charge.',
  'I will follow up with you on Friday with an update on ticket {ticket}, even if there is nothing new to report.',
  'Our engineers have reproduced the sync problem from case {ref} and are working on a fix.',
  'In the meantime, exporting your data from the settings page will keep a copy safe while we look into case {ref}.',
  'The discount code on order {order} applies to the annual plan, so I have switched your subscription over.',
  'Thank you for your patience while we looked into ticket {ticket}.',
  'I have escalated case {ref} to our senior support team, who can approve the exception you asked for.',
  'Your new card details are saved, and the failed payment for invoice {invoice} will retry tonight.',
  'Here are the steps to reconnect the integration after the update mentioned in ticket {ticket}.',
  'First, open the settings page and choose the integrations tab next to case {ref} in the sidebar.',
  'Then select the calendar connection and press reconnect, which refreshes the permission for order {order}.',
  'Let me know if anything in these steps is unclear and I will walk you through it for ticket {ticket}.',
  'I understand how stressful it is to have your shop offline during a sale, so case {ref} is our top priority.',
  'The courier has confirmed that parcel {tracking} is at your local depot and will go out for delivery tomorrow.',
  'I have refunded the shipping cost on order {order} as a thank you for bearing with us.',
  'Your account has been upgraded, and the extra seats on invoice {invoice} are prorated from today.',
  'We have updated the help article linked in ticket {ticket} so the next customer does not run into the same gap.',
  'I have checked the logs for case {ref} and the last successful backup ran at two this morning.',
  'Would a call tomorrow morning work for you to go through ticket {ticket} together?',
  'I have asked the carrier to open an investigation into parcel {tracking}.',
  'You should receive a confirmation email for order {order} within the hour.',
  'The warranty covers the faulty charger from order {order}, so there is nothing for you to pay.',
  'I have attached the corrected invoice {invoice} to this email.',
  'Please reply to this email if the problem in case {ref} comes back, and it will come straight to me.',
  'I have marked ticket {ticket} as pending while we wait for the fix to be released.',
];

const risky = [
  'As I already said, the refund for invoice {invoice} takes five business days.',
  "Unfortunately we can't refund order {order} because it was a digital purchase.",
  "You didn't attach the file to ticket {ticket}, so I can't check the error.",
  'We apologize for any inconvenience the delay on order {order} may have caused.',
  'Per my last email, parcel {tracking} shipped on Monday.',
  'You should have cancelled before the renewal date shown on invoice {invoice}.',
  "That's not our fault, the courier lost parcel {tracking}.",
  "It's company policy, so I can't change the terms on case {ref}.",
  'Obviously the discount does not apply to sale items like the ones on order {order}.',
  "I'm sorry you feel that way about ticket {ticket}.",
  'I guarantee this will never happen again with order {order}.',
  "Simply restart the app and case {ref} will be fixed.",
  'PLEASE READ THE INSTRUCTIONS attached to ticket {ticket} before you try again!!!',
  'No one else has had this problem with invoice {invoice}.',
  "We're very busy right now, so case {ref} will take a while.",
  'Going forward, please make sure you read the confirmation for order {order}.',
];

export const supportSentences: readonly SupportSentence[] = [
  ...neutral.map((text) => ({ text, risky: false })),
  ...risky.map((text) => ({ text, risky: true })),
];

export const greetings: readonly string[] = ['Hi Dana,', 'Hello Priya,', 'Hi Marcus,', 'Dear Mr Okafor,', 'Hi there,'];

export const signOffs: readonly string[] = ['Best regards,\nSam\nCustomer Support', 'Kind regards,\nLena', 'Thanks,\nJordan\nSupport team'];
