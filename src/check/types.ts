import type { Action, RecordOperation } from '../plan/types.ts';
import type { InvariantId25 } from './_invariant-ids25.ts';
import type { RetrieverLike } from '../plan/index.ts';

/**
 * Which rule a violation breaks. DESIGN.md's six invariants: 1 valid_call, 2 no_leak, 3 grounded,
 * 4 flow + state, 5 request_unknown + clarify_vague, 6 schema; plus retriever consistency and text hygiene.
 */
export type InvariantId =
  | 'valid_call'
  | 'no_leak'
  | 'grounded'
  | 'flow'
  | 'state'
  | 'request_unknown'
  | 'clarify_vague'
  | 'schema'
  | 'retriever'
  | 'text'
  // DESIGN.md 7–9, see _meaning.ts.
  | 'side_effect_lookup'
  | 'invented_value'
  | 'silent_pick'
  | 'empty_result'
  | 'reversed_range'
  | 'entity_mismatch'
  // What tools return, see _rules-results.ts.
  | 'echo_only_result'
  | 'count_below_items'
  | 'flag_spoken'
  // QUALITY.md E, see _rules-vocab.ts.
  | 'value_scale'
  | 'place_mismatch'
  // Results that honour their filters, see _rules-values2.ts.
  | 'filter_ignored'
  | 'foreign_description'
  // Mock values that mean what their field means, see _rules-mock.ts.
  | 'placeholder_value'
  // Results that agree with the world, see _rules-world.ts.
  | 'weather_contradiction'
  | 'minor_units'
  // Places that are the ones asked for, see _rules-geo.ts.
  | 'geocode_mismatch'
  | 'beyond_radius'
  // Sound chains, see _rules-chains.ts.
  | 'unfiltered_source'
  | 'half_coordinate'
  | 'paging_value'
  | 'unrelated_hop'
  | 'opaque_codes'
  | 'empty_write'
  | 'nested_id'
  | 'section_mismatch'
  | 'code_after_lookup'
  // Flows a careful assistant follows, see _rules-flows.ts.
  | 'empty_item'
  // Results that honour their call's arguments, see _rules-honour.ts.
  | 'argument_ignored'
  // What the assistant says of a call, see _rules-responses.ts.
  | 'claimed_change'
  | 'fix_reason'
  | 'unreported_result'
  // src/check/_rules-words.ts: pasted descriptions, cut-off questions, cryptic names said as nouns.
  | 'placeholder_description'
  | 'wording'
  // A record agrees with itself, see _rules-records.ts.
  | 'status_after_change'
  | 'history_order'
  | 'ohlc_order'
  | 'total_vs_lines'
  // What is asked, what the user says, which call is made, see _rules-ask.ts.
  | 'empty_search'
  | 'destructive_proposal'
  | 'volunteered_switch'
  | 'wrong_operation'
  | 'needless_pick'
  | 'file_format_mismatch'
  | 'kind_type_mismatch'
  | 'hour_of_day'
  // Results that answer the call's query and ids, see _rules-query.ts.
  | 'query_unmatched'
  | 'ids_unanswered'
  | 'total_below_shown'
  // src/check/_rules-words2.ts: glued identifier words and field names read as nouns.
  | 'glued_words'
  | 'field_name_words'
  // Results that hold what was asked and responses that report it, see _rules-answers.ts.
  | 'status_contradicts_result'
  | 'paging_as_answer'
  | 'title_is_person'
  | 'works_outside_life'
  // Mock values that mean what they say within one result, see _rules-values.ts.
  | 'stock_description'
  | 'soonest_order'
  | 'edition_titles'
  | 'release_tracks'
  // src/check/_rules-words3.ts: agreement and identifier words said as they stand.
  | 'word_agreement'
  | 'name_words'
  | 'caller_source'
  | 'wide_pick'
  | 'unsent_filter'
  | 'unsayable_value'
  | 'named_source'
  // A record names one real thing, see _rules-facts.ts.
  | 'region_country_mismatch'
  | 'numbered_name_mismatch'
  // Counts and aggregates that mean what they say, see _rules-agg.ts.
  | 'count_as_records'
  | 'aggregate_mismatch'
  | 'empty_list_total'
  | 'rank_points_order'
  // Filters a call sent hold for what it returns, see _rules-filter.ts (which also reports filter_ignored).
  | 'diet_tag_contradicted'
  // How the assistant asks and what the user volunteers, see _rules-ask9.ts.
  | 'search_query_named'
  | 'volunteered_paging'
  | 'raw_coordinates'
  | 'optional_text_asked'
  // A single value plausible for its domain, see _rules-domain.ts.
  | 'price_scale'
  | 'image_link'
  | 'other_product_text'
  | 'menu_section'
  | 'review_mood'
  | 'quiz_answers'
  | 'whole_count'
  // src/check/_rules-words9.ts: documentation boilerplate and identifiers said as they stand.
  | 'pasted_boilerplate'
  | 'identifier_phrases'
  // What the assistant says after a result, see _rules-reply.ts.
  | 'blob_in_speech'
  | 'one_of_few_named'
  | 'asked_value_unsaid'
  // One entity is one entity across a dialogue, see _rules-entity.ts.
  | 'entity_name_pair'
  | 'duplicate_list_id'
  | 'write_echo'
  // Calls a careful assistant would not make, see _rules-calls10.ts.
  | 'update_without_change'
  | 'list_as_one_id'
  // Ids in the spec's shape, places never codes, see _rules-ids10.ts.
  | 'id_off_pattern'
  | 'code_for_place'
  // Search results that answer the search, see _rules-search10.ts.
  | 'shown_above_limit'
  | 'short_page_total'
  | 'name_search_unmatched'
  // World facts a result states about itself, see _rules-world10.ts.
  | 'currency_record'
  | 'bmi_category'
  | 'temperature_units'
  // Words cut at a suffix and goodbyes no person gives, see _rules-words10.ts.
  | 'suffix_split'
  | 'goodbye_words'
  | 'field_phrase'
  // What the assistant says after a result, wave 10, see _rules-reply10.ts.
  | 'bare_code_said'
  | 'count_contradiction'
  // Description fragments as names, codes said for names and cut acronyms, see _rules-words11.ts.
  | 'values_phrase'
  | 'code_as_said'
  | 'split_acronym'
  // Values that keep what their spec documents, see _rules-fields11.ts.
  | 'described_format'
  | 'dependent_argument'
  | 'domain_parts'
  // Results that answer the request, wave 11, see _rules-search11.ts.
  | 'ranked_out_of_order'
  | 'kind_not_echoed'
  | 'search_hits_unmatched'
  | 'found_record_unnamed'
  | 'parent_not_listed'
  // Opening hours, postcodes and new records as the world has them, see _rules-world11.ts.
  | 'opening_hours'
  | 'postcode_country'
  | 'created_closed'
  // Results that are what the operation returns where the spec says little, see _rules-schemaless11.ts.
  | 'plural_as_record'
  | 'name_only_answer'
  | 'status_off_verb'
  // What the assistant says after a result, wave 12, see _rules-reply12.ts.
  | 'first_of_whole'
  | 'enum_constant_said'
  | 'latin_plural'
  | 'removed_offer'
  // Results that agree with the call and their own fields, see _rules-echo12.ts.
  | 'ticker_not_echoed'
  | 'uuid_not_hex'
  | 'money_sign_currency'
  // Dates and series that hold together, see _rules-calendar12.ts.
  | 'long_weekend_days'
  | 'market_day_series'
  | 'reply_before_post'
  | 'offset_order'
  // Records of a kind that read like that kind, see _rules-world12.ts.
  | 'menu_repeats'
  | 'status_as_message'
  | 'overview_is_title'
  | 'epoch_in_speech'
  | 'documented_date_format'
  | 'enum_question_unoffered'
  // What the assistant says after a result, wave 13, see _rules-replies13.ts.
  | 'repeated_sentence'
  | 'uncountable_plural'
  | 'asked_field_unsaid'
  // A request that reads as documentation, wave 13, see _rules-intents13.ts.
  | 'documented_request'
  // Values whose kind was known, not invented, see _rules-names13.ts.
  | 'code_for_word'
  | 'brand_word_name'
  | 'shared_symbol'
  | 'coordinates_scalar'
  // Chains a careful assistant would run, see _rules-chains13.ts.
  | 'low_confidence_match'
  | 'wrong_kind_hit'
  | 'date_window'
  | 'refetched_record'
  | 'outside_requested_span'
  | 'named_source_asked'
  // Facts of one record that agree (tickets, prices with tax, times, weather, closures, hours), see _rules-places13.ts.
  | 'order_sections'
  | 'tax_price_order'
  | 'end_before_start'
  | 'chill_above_temperature'
  | 'created_after_last'
  | 'closure_unblocked'
  | 'hours_off_quarter'
  | 'tracking_order'
  // Media results that agree with what is known of them, see _rules-media13.ts.
  | 'documented_range'
  | 'credits_repeat_cast'
  | 'ranks_beyond_top'
  | 'media_length_unitless'
  | 'known_book_facts'
  // Parameters said as what they mean and as they are sent, see _rules-params14.ts.
  | 'switch_said_as_value'
  | 'plural_name_one_value'
  | 'handle_said_differently'
  | 'optional_still_needed'
  // What the assistant says after a result, wave 14, see _rules-replies14.ts.
  | 'dangling_run_through'
  | 'error_result_as_data'
  | 'uneven_item_gist'
  // Facts that contradict each other or the world (review moods, holiday days, alerts, genres), see _rules-world14.ts.
  | 'review_two_moods'
  | 'holiday_wrong_date'
  | 'opposite_alerts'
  | 'genres_apart'
  | 'quotes_diverge'
  // Names of the right kind, wave 14, see _rules-names14.ts.
  | 'person_named_by_title'
  | 'repeated_list_name'
  | 'event_codename'
  // Names, radii and codes a person would say, see _rules-intents14.ts.
  | 'slug_api_name'
  | 'radius_without_place'
  | 'code_from_unrelated_list'
  // Results that say back what they were asked, see _rules-echo14.ts.
  | 'ip_not_echoed'
  | 'ranking_not_from_one'
  | 'root_not_echoed'
  | 'continent_mismatch'
  | 'country_code_name'
  // Results and replies of writes, wave 14, see _rules-writes14.ts.
  | 'write_not_done'
  | 'removal_as_status'
  | 'bare_yes_no'
  | 'change_unconfirmed'
  // Parameters asked for and given as a person does, wave 15, see _rules-params15.ts.
  | 'alternatives_named'
  | 'sort_said_raw'
  | 'choice_not_known'
  // Results that contradict the place, market or season asked for, see _rules-places15.ts.
  | 'market_currency'
  | 'place_filter_elsewhere'
  | 'city_population'
  | 'season_alert'
  | 'alert_headline_off'
  | 'srid_degrees'
  // Items of one list are different records, wave 15, see _rules-lists15.ts.
  | 'list_item_twice'
  | 'siblings_same_amount_time'
  // Chains and flows that teach a wrong procedure, wave 15, see _rules-async15.ts.
  | 'task_as_answer'
  | 'editorial_for_own'
  | 'public_code_said'
  // Requests phrased from identifiers, wave 15, see _rules-intents15.ts.
  | 'unspelled_product'
  | 'noun_verb_request'
  | 'torn_brand'
  | 'input_doc_request'
  // Single values that contradict their name or record, wave 15, see _rules-values15.ts.
  | 'digest_not_hex'
  | 'pending_with_result'
  | 'minor_units_said'
  // How a response reads a result's fields, wave 15, see _rules-fields15.ts.
  | 'meta_field_said'
  | 'run_together_key'
  | 'raw_milliseconds'
  // Records that are the entity asked for, wave 16, see _rules-echo16.ts.
  | 'ticker_company_mismatch'
  | 'symbol_lookup_not_echoed'
  | 'email_not_of_name'
  | 'list_filter_missing'
  // Requests said in identifiers' or documentation's words, wave 16, see _rules-intents16.ts.
  | 'id_digit_request'
  | 'sort_key_request'
  | 'field_plural'
  | 'search_how_request'
  | 'file_typed'
  | 'refusal_unsearched'
  | 'sort_way_contradicted'
  | 'distance_from_nowhere'
  | 'flags_per_id'
  | 'delivery_estimate_far'
  | 'tier_price_order'
  // What a response says after a call, wave 16, see _rules-replies16.ts.
  | 'check_count_only'
  | 'count_said_twice'
  // Numbers, amounts and id/URL shapes, wave 17, see _rules-numbers17.ts.
  | 'feels_like_off'
  | 'amount_scale_currency'
  | 'imdb_id_shape'
  | 'relative_time_clock'
  | 'file_link_bare'
  // Fresh reading of the RapidAPI fixtures, wave 17, see _rules-freshra17.ts.
  | 'stamp_key_said'
  // Fresh-eyes reading of the openapi fixtures, wave 17, see _rules-freshoa17.ts.
  | 'batch_read_one_id'
  | 'api_named_id'
  | 'message_author_mismatch'
  | 'message_status_state'
  | 'switch_without_dependant'
  // What a response says after a call, wave 17, see _rules-replies17.ts.
  | 'first_one_unnamed'
  | 'several_from_one'
  // Results that hold what the call asked by, wave 17, see _rules-echo17.ts.
  | 'name_part_not_held'
  | 'named_total_too_large'
  | 'found_id_names_other'
  | 'query_glued_label'
  // Values that do not fit their record or API, wave 17, see _rules-domain17.ts.
  | 'holiday_not_kept'
  | 'review_text_twice'
  | 'review_off_domain'
  | 'verse_not_scripture'
  // Description fragments said as speech, wave 17, see _rules-words17.ts.
  | 'plural_twice'
  | 'documentation_participle'
  | 'owner_fragment'
  | 'caller_third_person'
  // Results whose kind, code and name agree with the request, wave 18, see _rules-echo18.ts.
  | 'airport_code_city'
  | 'year_search_other_year'
  | 'uri_names_other_id'
  // Values whose shape or scale no real system returns, wave 18, see _rules-numbers18.ts.
  | 'serial_date_off'
  | 'listing_currency'
  | 'job_state_mixed'
  | 'size_on_sizeless_good'
  // What the user asks, at the level of the dialogue, wave 18, see _rules-asks18.ts.
  | 'lacked_value_named'
  | 'update_sets_nothing'
  // Result fields that mean what their names and the request say, wave 18, see _rules-fields18.ts.
  | 'part_above_whole'
  | 'count_below_list'
  | 'binary_format_inline'
  // Records named or rated as another kind of thing, wave 18, see _rules-kinds18.ts.
  | 'place_named_other_kind'
  | 'top_rank_low_rating'
  | 'isbn_language'
  // Field names and enum constants said as speech, wave 18, see _rules-speech18.ts.
  | 'participle_as_noun'
  | 'price_word_order'
  | 'glued_state'
  // Mail records and time series, see _rules-series19.ts.
  | 'mail_field_meaning'
  | 'series_bare_time'
  // Mock values of the OpenAPI fixtures, wave 20, see _rules-oa20.ts.
  | 'own_url_bare_host'
  | 'office_holder_not_person'
  | 'office_holder_changed'
  | 'road_items_shared'
  | 'road_item_off_route'
  | 'road_item_kind'
  | 'road_title_description'
  | 'region_as_status'
  // Mock values with the wrong meaning in RapidAPI results, wave 20, see _rules-ra20.ts.
  | 'week_number_range'
  | 'wrapped_date_value'
  | 'asked_day_local_time'
  | 'search_echo_other'
  | 'chart_range_order'
  | 'numeric_param_word'
  // Numbered items in sequence, wave 19, see _rules-moves19.ts.
  | 'parts_out_of_sequence'
  // What a write identifies, wave 19, see _rules-lookups19.ts.
  | 'delete_unidentified'
  // What a call sends and what its reply says, wave 20, see _rules-acts20.ts.
  | 'partner_absent'
  | 'not_null_omitted'
  | 'removal_unnamed'
  | 'written_text_unsaid'
  | 'determiner_pileup'
  // Mock content that means what its record is, wave 20, see _rules-content20.ts.
  | 'act_bio_kind'
  | 'author_works_real'
  | 'list_size_below'
  | 'tracking_route'
  | 'market_outside_documented'
  | 'item_story_split'
  | 'latest_not_newest'
  // Result fields read out by their keys, wave 20, see _rules-speech20.ts.
  | 'sentinel_value_said'
  | 'bare_bound_said'
  | 'key_phrase_said'
  | 'items_unseparated'
  | 'item_field_label'
  // How the user's turns follow each other, wave 20, see _rules-turns20.ts.
  | 'greeting_twice'
  | 'yes_to_open_question'
  // Identifier values: shape, origin and coherence, wave 22, see _rules-ids22.ts.
  | 'example_id_returned'
  | 'mixed_id_schemes'
  | 'app_id_unrelated'
  // Identifiers shaped like what they identify, wave 23, see _rules-idfit23.ts.
  | 'guid_not_uuid'
  | 'token_beside_numeric_id'
  // Amounts and numbers of one result that agree with each other, wave 21, see _rules-units21.ts.
  | 'minor_units_mixed'
  | 'part_sum_total'
  | 'above_maximum'
  | 'reservation_hour'
  // How the assistant words what it asks and reports, wave 21, see _rules-words21.ts.
  | 'chosen_value_as_known'
  | 'lookup_note_empty'
  | 'query_as_thing'
  | 'scale_dropped'
  // Links said to the user, wave 21, see _rules-links21.ts.
  | 'link_random_domain'
  // Result values that contradict their own record or the request, wave 21, see _rules-places21.ts.
  | 'name_city_elsewhere'
  | 'continent_filter_elsewhere'
  | 'kind_holds_name'
  | 'company_trade_industry'
  // Order and time inside results, wave 22, see _rules-order22.ts.
  | 'documented_date_order'
  | 'event_before_created'
  | 'child_before_parent'
  | 'salary_not_yearly'
  | 'salary_currency_city'
  | 'senior_internship'
  // What the assistant and the user say, wave 22, see _rules-speech22.ts.
  | 'coordinates_read_out'
  | 'several_told_as_one'
  | 'asked_item_unsaid'
  | 'summary_pasted'
  // What a search finds is named as such things are, wave 22, see _rules-finds22.ts.
  | 'trade_named_bare'
  // Real, well-known works keep their own facts, wave 22, see _rules-works22.ts.
  | 'real_work_sequel'
  | 'real_work_author'
  // Numbers said with their units, wave 22, see _rules-units22.ts.
  | 'temperature_unit_unsaid'
  // Cars in tool results, wave 22, see _rules-cars22.ts.
  | 'mpg_combined_outside'
  | 'placeholder_make_said'
  | 'same_model_untold'
  // Market data on its symbol's scale, charts by element type and said as prices, wave 22, see _rules-market22.ts.
  | 'symbol_price_scale'
  | 'chart_element_type'
  | 'chart_said_without_prices'
  // Search results that answer the search, ranked in order, one entity told alike, wave 24, see _rules-search24.ts.
  | 'text_search_miss'
  | 'rank_out_of_order'
  | 'entity_attributes_differ'
  | 'maker_query_as_title'
  | 'verse_reference_unsaid'
  | 'institution_street_name'
  // Rank trackers and search result pages that hang together, wave 25, see _rules-rank25.ts.
  | 'rank_found_disagrees'
  | 'result_link_hosts_differ'
  | 'position_out_of_order'
  // Figures of one media record that agree (followers with popularity, an image's size with its link), wave 25, see _rules-media25.ts.
  | 'popular_few_followers'
  | 'image_size_unlike_link'
  // Records of an authorization service named as such, wave 22, see _rules-authz22.ts.
  | 'authz_store_shop_name'
  // Mail calls given what they act on, replies saying a text once, validity flags that agree, wave 26, see _rules-mail26.ts.
  | 'essential_arg_missing'
  | 'quoted_twice'
  | 'validity_flags_disagree'
  // Mock values true of the world and of themselves (success flags, exchanges, request times, beaches), wave 26, see _rules-values26.ts.
  | 'success_flag_contradicts'
  | 'ticker_wrong_exchange'
  | 'request_times_differ'
  | 'beach_webcam_no_beach'
  // Lists reported faithfully (each item's kind, what differs said of each, real plurals, no "more" from a token), wave 26, see _rules-lists26.ts.
  | 'one_item_detailed'
  | 'plural_not_word'
  | 'item_type_unsaid'
  | 'more_from_token'
  // Values that mean what their field says (zones, distances, created names), wave 25, see _rules-values25.ts.
  | 'zone_other_continent'
  | 'distance_unit_contradicts'
  | 'distance_beyond_radius'
  | 'created_name_differs'
  // Argument values in the shape their documentation gives, wave 23, see _rules-args23.ts.
  | 'domain_not_domain'
  | 'choice_outside_options'
  | 'random_with_direction'
  // What an action returns and how its outcome is told, wave 23, see _rules-actions23.ts.
  | 'deleted_after_other_verb'
  | 'gone_figures_present'
  // Ratings and search words said as a person says them, wave 23, see _rules-speech23.ts.
  | 'rating_unrounded'
  | 'search_words_as_field'
  // The self-correction flow's errors and when to ask, wave 22, see _rules-errors22.ts.
  | 'guess_not_key'
  | 'guess_real_value'
  | 'vague_guess_fix'
  | 'open_domain_pick'
  // Lists, counts and figures of a result that agree, wave 23, see _rules-lists23.ts.
  | 'page_said_whole'
  | 'count_fields_differ'
  | 'funnel_out_of_order'
  | 'settled_still_owed'
  | 'numbered_list_gaps'
  // Mock records' ISBNs and pay checkable by hand, wave 23, see _rules-mocks23.ts.
  | 'isbn_check_digit'
  | 'pay_against_seniority'
  | 'value_outside_input_enum'
  // Dates, spans and the prices that depend on them, wave 23, see _rules-dates23.ts.
  | 'past_price_off_level'
  | 'short_span_price_swing'
  | 'span_beyond_documented'
  | 'event_local_time'
  | 'year_outside_documented'
  // Catalogue items and their filters: labels a filter asked for, variants told apart, wave 24, see _rules-menus24.ts.
  | 'filtered_item_unlabelled'
  | 'variants_untold'
  | 'menu_course_price'
  | 'shop_headcount'
  // Time series, timestamps and rates that are believable, wave 24, see _rules-series24.ts.
  | 'chart_span_flat'
  | 'chart_outside_asked'
  | 'series_extremes_same_day'
  | 'stamps_out_of_order'
  | 'same_currency_rate'
  // Replies about dated, placed records and look-alike list items, wave 24, see _rules-events24.ts.
  | 'detail_when_unsaid'
  | 'listed_items_alike'
  // Spec values and asks that mean what they say: placeholders, tuples, one record's id, wave 24, see _rules-misc24.ts.
  | 'placeholder_example_value'
  | 'tuple_change_without_object'
  | 'one_record_without_id'
  // Lists said for all or over their days, repairs owned, requests not stacked from identifiers, wave 24, see _rules-words24.ts.
  | 'shared_said_for_first'
  | 'series_first_only'
  | 'repeat_thanked'
  | 'identifier_pair_said'
  // Waves 25 and 26 (see _invariant-ids25.ts).
  | InvariantId25;

export interface Violation {
  invariant: InvariantId;
  /** Index in `turns`, or null for the record as a whole. */
  turn: number | null;
  message: string;
}

export type CheckResult = { ok: true } | { ok: false; violations: Violation[] };

export interface CheckContext {
  /** The catalog: a call must name one of these (by id). Without it, the record's own `operations` are the catalog. */
  operations?: Record<string, RecordOperation | unknown>;
  /** The flow table: the action sequence (user and assistant turns, tool turns left out) a flow id stands for. */
  flowActions?: (flow: string) => readonly Action[] | undefined;
  /** When given, recorded retrieval results must equal what this retriever returns for the recorded query. */
  retriever?: RetrieverLike;
}
