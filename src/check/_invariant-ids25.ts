/** The invariant ids of waves 25 and 26 (part of `InvariantId` in types.ts, kept here so that file stays readable). */
export type InvariantId25 =
  // Plans dated where their state says: an open record due after today, wave 25, see _rules-years25.ts.
  | 'open_deadline_past'
  // Records true to their world: parcels delivered once, editions of the past, jobs by role, real streets, wave 25, see _rules-records25.ts.
  | 'tracking_delivered_early'
  | 'edition_published_later'
  | 'job_title_bare_skill'
  | 'street_faker_surname'
  // Words that fit what the API can do and what the user means: read-only clarify, number, breakdowns, wave 25, see _rules-words25.ts.
  | 'clarify_offers_change'
  | 'one_for_several_ids'
  | 'breakdown_zeros_only'
  // Async tasks fetched, rank grids and rankings that agree with their call, wave 26, see _rules-serp26.ts.
  | 'task_not_fetched'
  | 'grid_centre_unfound'
  | 'echo_unit_unsent'
  | 'ranking_names_repeat'
  | 'language_default_unsaid'
  // Words of single utterances: amounts in cents, months by name, no agreeing after a result, documented date-times, wave 26, see _rules-words26.ts.
  | 'money_one_decimal'
  | 'month_said_as_number'
  | 'agree_after_result'
  | 'datetime_as_bare_day'
  | 'bye_same_opening'
  | 'said_value_asked'
  // Mock values true of the world: works, copyrights, a customer's orders, a delivered order, wave 26, see _rules-works26.ts.
  | 'work_titled_as_artist'
  | 'copyright_type_not_code'
  | 'orders_over_account_age'
  | 'arrival_for_delivered'
  // Mock values true of the world: offers of one product, a title's genres, wave 27, see _rules-values27.ts.
  | 'offers_identical'
  | 'genres_clash'
  // Mock values true of the world: a price quote holds for hours, wave 27, see _rules-fits27.ts.
  | 'quote_valid_for_months'
  // Mail account records true to their life: nothing sent by a new account, validity found by the last test, wave 27, see _rules-mail27.ts.
  | 'new_record_activity'
  | 'valid_after_untested'
  // What a write was sent and says back: the account acted in as sent, a send's recipients, wave 28, see _rules-ask28.ts.
  | 'scope_echo_unsent'
  | 'send_without_recipient'
  // Names that fit their entity: a secondary name is a variant of the record's own, wave 28, see _rules-names28.ts.
  | 'alias_names_other'
  // Status words and results of actions: a resource's state, rolling counts by span, a started action not done, wave 28, see _rules-status28.ts.
  | 'resource_status_job_word'
  | 'counters_out_of_order'
  | 'started_reported_done'
  // Replies that report what came back: no internal tokens, a create confirmed, a breakdown whole, wave 28, see _rules-lists28.ts.
  | 'token_said'
  | 'create_unconfirmed'
  | 'breakdown_partial'
  // Requests built from identifiers name a thing: no adjective for a thing, no "the" looked up by a bare key, wave 28, see _rules-intents28.ts.
  | 'intent_adjective_object'
  | 'intent_key_no_referent'
  // Ids, keys and links in a real service's formats: one uri scheme per list, web hits on real sites, project keys of capitals, wave 28, see _rules-formats28.ts.
  | 'uri_schemes_mixed'
  | 'web_hit_random_host'
  | 'project_key_not_letters'
  // Market data a trader would believe: trading days, a day's range, one asset's markets, wave 28, see _rules-coins28.ts.
  | 'chart_closed_day'
  | 'bar_range_wide'
  | 'markets_volume_apart'
  // The texts and settings of one record agree: a webhook's description names its events, wave 29, see _rules-texts29.ts.
  | 'webhook_events_undescribed'
  | 'batches_over_events'
  // What a create returns: the dates it was sent, updated as made, wave 29, see _rules-creates29.ts.
  | 'created_date_changed'
  | 'created_updated_later'
  // Goodbyes that answer what the user said: thanks answered as thanks, no digging promised after a write, wave 29, see _rules-replies29.ts.
  | 'thanks_answered_great'
  | 'bye_digs_after_write'
  // One item's facts agree: a follow-up released after its original, a shipped order paid, wave 30, see _rules-coherence30.ts.
  | 'sequel_before_original'
  | 'shipped_order_unpaid'
  // Replies that report what came back: a list's records, not only a count beside it, wave 30, see _rules-replies30.ts.
  | 'count_without_items'
  // Descriptive fields hold words: no invented reference code for an activity, a practice or a group's name, wave 30, see _rules-codes30.ts.
  | 'descriptive_field_code'
  // Measured numbers that add up: a yearly cost breakdown sums its parts, moments lie inside the duration, wave 30, see _rules-money30.ts.
  | 'cost_total_unsummed'
  | 'moment_past_duration'
  // The call answers what was asked: a request that only reads is never answered by a write, wave 30, see _rules-chains30.ts.
  | 'write_on_read_request'
  // Values that agree with each other: an app's versions rise with its reviews' dates, wave 32, see _rules-rapid32.ts.
  | 'versions_against_dates'
  // The dates of one record agree: nothing befalls it before it was made, nothing is scheduled before today, wave 32, see _rules-dates32.ts.
  | 'event_before_made'
  | 'schedule_in_past'
  // Items of one list that make sense together: parts released in their numbering, flags about time that agree with the dates, wave 32, see _rules-lists32.ts.
  | 'parts_release_order'
  | 'flag_against_dates'
  // Scores and ranks a reader believes: a top-N rank within 1..N, no vote average above 9.5, wave 32, see _rules-values32.ts.
  | 'rank_beyond_top_n'
  | 'vote_average_implausible'
  // Lists a reader believes: an entry a list grants listed once, a country's list of that country, wave 34, see _rules-discra34.ts.
  | 'list_entry_repeated'
  | 'country_list_elsewhere'
  // Replies that say items as a person would: things on sale by kind and price, never their fields read out, wave 34, see _rules-speech34.ts.
  | 'offer_fields_read_out'
  // A result whose content is an image or a file says so, wave 34, see _rules-specvals34.ts.
  | 'embedded_file_unsaid'
  // Results whose numbers hang together: facets within the total, a series' runtime an episode's, wave 34, see _rules-answers34.ts.
  | 'facet_above_total'
  | 'series_film_runtime'
  // What the final reading of wave 34 found: a list said whole, a read of deleted things dated, wave 34b, see _rules-reading34b.ts.
  | 'list_said_cut'
  | 'deleted_list_undated'
  // Files and game states a reader believes: one file's type, name and bytes agree, a board a move answers with is reachable, wave 35, see _rules-oaf35.ts.
  | 'media_type_mismatch'
  | 'board_illegal'
  // Filler values a careful person accepts: a kind field holds a kind, never a person; a sale status agrees with the tickets left, wave 35, see _rules-fil35.ts.
  | 'kind_holds_person'
  | 'status_against_stock'
  // Records that fit their API: a millisecond time sent in milliseconds, a substring search's finds contain it, wave 35, see _rules-oar35.ts.
  | 'millis_sent_as_seconds'
  | 'substring_hit_lacks_query';
